-- Schema version 5: the benefit lifecycle (RULES.md §5) as append-only events:
-- failed certification, suspension, objection, stop, resumption and back pay,
-- sealing and unsealing, overpayment notices, agreements, repayments, refusals.
-- The person's payment status is derived from them (recipient.benefit_status).
CREATE TABLE lifecycle_event (
    seq             INTEGER PRIMARY KEY,         -- order of recording on this client
    uuid            TEXT NOT NULL UNIQUE,
    recipient_id    INTEGER NOT NULL REFERENCES recipient(id),
    kind            TEXT NOT NULL CHECK (kind IN ('failed', 'suspended', 'objection', 'stopped', 'resumed',
                        'back-pay', 'sealed', 'unsealed', 'overpayment-notice', 'repayment-agreement',
                        'repayment', 'refusal')),
    event_date      TEXT NOT NULL,               -- civil date (YYYY-MM-DD)
    effective_month TEXT,                        -- 1st of the month a payment change takes effect
    reason          TEXT,
    cause           TEXT,                        -- failed, bigdata, deceased, imprisoned, other-loss
    actor           TEXT NOT NULL,
    approved_by     TEXT,
    objector        TEXT,
    amount_fen      INTEGER NOT NULL DEFAULT 0,
    months          INTEGER NOT NULL DEFAULT 0,
    first_month     TEXT,
    last_month      TEXT,
    deadline        TEXT,
    instalments     INTEGER NOT NULL DEFAULT 0,
    ref             TEXT,                        -- uuid of the check or lifecycle event it rests on
    recorded_at     TEXT NOT NULL                -- UTC timestamp
);
CREATE INDEX lifecycle_event_recipient ON lifecycle_event(recipient_id, seq);
CREATE TRIGGER lifecycle_event_no_update BEFORE UPDATE ON lifecycle_event
BEGIN
    SELECT RAISE(ABORT, 'lifecycle events are append-only; record a new step instead');
END;
CREATE TRIGGER lifecycle_event_no_delete BEFORE DELETE ON lifecycle_event
BEGIN
    SELECT RAISE(ABORT, 'lifecycle events are append-only; record a new step instead');
END;
-- The upload queue of lifecycle events; `outbox` references verification events only.
CREATE TABLE lifecycle_outbox (
    event_uuid  TEXT PRIMARY KEY REFERENCES lifecycle_event(uuid),
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'accepted', 'rejected')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    updated_at  TEXT NOT NULL
);
CREATE INDEX lifecycle_outbox_state ON lifecycle_outbox(state);
ALTER TABLE recipient ADD COLUMN benefit_status TEXT NOT NULL DEFAULT 'normal'
    CHECK (benefit_status IN ('normal', 'failed', 'suspended', 'stopped', 'sealed'));
-- Most people are "normal": the lifecycle steps only look at the others.
CREATE INDEX recipient_benefit_status ON recipient(benefit_status) WHERE benefit_status <> 'normal';
-- Failure proposals count each person's visit attempts; visit_request had only a
-- partial index of open requests.
CREATE INDEX visit_request_recipient ON visit_request(recipient_id);
