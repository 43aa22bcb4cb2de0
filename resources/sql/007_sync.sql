-- Schema version 7: sync with the upstream server (docs/sync-protocol.md).
-- Cursor, device id and keys live in `setting` (keys sync.*). Events pulled
-- from other devices are inserted into verification_event / lifecycle_event
-- without an outbox row (the outbox is only what this device must upload);
-- where they came from is kept here.
CREATE TABLE sync_origin (
    event_uuid  TEXT PRIMARY KEY,
    device      TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    received_at TEXT NOT NULL,
    seq         INTEGER NOT NULL
);
-- District-level facts recorded upstream (deaths reported elsewhere, district
-- suspensions), append-only like events.
CREATE TABLE upstream_status (
    uuid         TEXT PRIMARY KEY,
    recipient_id INTEGER REFERENCES recipient(id),
    id_number    TEXT NOT NULL,
    status       TEXT NOT NULL,
    status_date  TEXT,
    death_date   TEXT,
    source       TEXT,
    note         TEXT,
    seq          INTEGER NOT NULL
);
CREATE INDEX upstream_status_recipient ON upstream_status(recipient_id);
-- Conflicts flagged by the server, as the latest change about them said.
CREATE TABLE sync_conflict (
    id           TEXT PRIMARY KEY,
    type         TEXT NOT NULL,
    id_number    TEXT NOT NULL,
    recipient_id INTEGER REFERENCES recipient(id),
    field        TEXT,
    event_uuid   TEXT,
    other_uuid   TEXT,
    detail       TEXT NOT NULL,                 -- the conflict object as JSON
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
    decision     TEXT,
    value        TEXT,
    decided_by   TEXT,
    decided_at   TEXT,
    note         TEXT,
    seq          INTEGER NOT NULL
);
CREATE INDEX sync_conflict_state ON sync_conflict(state);
-- A supervisor's decisions made on this device, waiting to be pushed as
-- `resolution` events. Append-only: a decision is not edited, a new one is made.
CREATE TABLE sync_resolution (
    uuid        TEXT PRIMARY KEY,
    conflict_id TEXT NOT NULL,
    decision    TEXT NOT NULL,
    value       TEXT,
    note        TEXT,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    last_error  TEXT
);
CREATE INDEX sync_resolution_state ON sync_resolution(state);
-- One line per sync run, for the status bar and the sync window.
CREATE TABLE sync_run (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    outcome     TEXT,                           -- ok, retry, sign-in, needs-person, cancelled
    pushed      INTEGER NOT NULL DEFAULT 0,
    pulled      INTEGER NOT NULL DEFAULT 0,
    uploaded    INTEGER NOT NULL DEFAULT 0,
    message     TEXT
)
