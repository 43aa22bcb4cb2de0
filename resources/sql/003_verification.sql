-- Schema version 3: verification events (append-only), evidence files, the
-- upload outbox, and the derived "last check" on the recipient.
-- An event is never updated or deleted: a correction is a new event whose
-- `corrects` names the earlier one. Triggers enforce it.
CREATE TABLE verification_event (
    uuid              TEXT PRIMARY KEY,
    recipient_id      INTEGER NOT NULL REFERENCES recipient(id),
    check_date        TEXT NOT NULL,           -- civil date of the check (YYYY-MM-DD)
    occurred_at       TEXT NOT NULL,           -- UTC timestamp of the check
    recorded_at       TEXT NOT NULL,           -- UTC timestamp of saving
    method            TEXT NOT NULL,
    living_status     TEXT NOT NULL,
    death_date        TEXT,
    death_source      TEXT,
    loss_reason       TEXT,
    worker            TEXT NOT NULL,
    note              TEXT,
    phone             TEXT,                    -- contact data as updated by this check (NULL = unchanged)
    household_address TEXT,
    residence_address TEXT,
    residence_type    TEXT,
    corrects          TEXT REFERENCES verification_event(uuid),
    batch_id          TEXT,
    period_start      TEXT,                    -- the period this event gave (NULL when none)
    period_end        TEXT
);
CREATE INDEX verification_event_recipient ON verification_event(recipient_id, check_date);
CREATE TRIGGER verification_event_no_update BEFORE UPDATE ON verification_event
BEGIN
    SELECT RAISE(ABORT, 'verification events are append-only; record a correction instead');
END;
CREATE TRIGGER verification_event_no_delete BEFORE DELETE ON verification_event
BEGIN
    SELECT RAISE(ABORT, 'verification events are append-only; record a correction instead');
END;
CREATE TABLE evidence (
    sha256        TEXT PRIMARY KEY,              -- of the original file's bytes
    original_name TEXT NOT NULL,
    format        TEXT NOT NULL,                 -- jpeg, png, bmp, webp
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    bytes         INTEGER NOT NULL,
    captured_at   TEXT,                          -- from EXIF when present
    has_original  INTEGER NOT NULL DEFAULT 1,
    added_at      TEXT NOT NULL
);
CREATE TABLE event_evidence (
    event_uuid TEXT NOT NULL REFERENCES verification_event(uuid),
    sha256     TEXT NOT NULL REFERENCES evidence(sha256),
    kind       TEXT NOT NULL,                    -- person, id-card, power-of-attorney, sign-in-sheet, form, other
    PRIMARY KEY (event_uuid, sha256)
) WITHOUT ROWID;
CREATE TABLE outbox (
    event_uuid  TEXT PRIMARY KEY REFERENCES verification_event(uuid),
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'accepted', 'rejected')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    updated_at  TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox(state);
ALTER TABLE recipient ADD COLUMN living_status TEXT NOT NULL DEFAULT 'alive';
ALTER TABLE recipient ADD COLUMN last_check_date TEXT;
-- Home-visit requests: who asked and how, assignment, attempts, and the check
-- that closed the request.
ALTER TABLE visit_request ADD COLUMN requested_by TEXT;
ALTER TABLE visit_request ADD COLUMN channel TEXT;
ALTER TABLE visit_request ADD COLUMN reason TEXT;
ALTER TABLE visit_request ADD COLUMN assigned_to TEXT;
ALTER TABLE visit_request ADD COLUMN planned_on TEXT;
ALTER TABLE visit_request ADD COLUMN closed_by TEXT REFERENCES verification_event(uuid);
CREATE TABLE visit_attempt (
    id           INTEGER PRIMARY KEY,
    request_id   INTEGER NOT NULL REFERENCES visit_request(id),
    attempted_on TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('not-home', 'refused', 'moved', 'hospital', 'other')),
    worker       TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX visit_attempt_request ON visit_attempt(request_id);
-- Reminders: phone calls and text messages asking a person to do face
-- recognition, with their outcome.
CREATE TABLE contact_log (
    id           INTEGER PRIMARY KEY,
    recipient_id INTEGER NOT NULL REFERENCES recipient(id),
    contacted_on TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('phone', 'sms')),
    outcome      TEXT NOT NULL CHECK (outcome IN ('reached', 'no-answer', 'wrong-number', 'will-certify', 'refused', 'sent')),
    worker       TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX contact_log_recipient ON contact_log(recipient_id, contacted_on)
