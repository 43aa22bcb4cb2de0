-- Append-only tables that cannot be rewritten by any statement (issue 16, point 7).
-- The no-update/no-delete triggers of 003, 004 and 005 did not stop
-- INSERT OR REPLACE (or REPLACE, or an UPSERT's conflict target): SQLite's
-- REPLACE deletes the row in the way without firing DELETE triggers unless
-- PRAGMA recursive_triggers is on, and that pragma belongs to the connection
-- (the sqlite3 shell does not set it). A BEFORE INSERT trigger runs before any
-- conflict is resolved on every connection, so it refuses (or, where the program
-- itself relies on INSERT OR IGNORE, drops) an insert whose keys already exist:
-- rowid and every UNIQUE key. UPDATE OR REPLACE is refused by the update triggers
-- before its conflict is resolved.
--
-- The records themselves (checks, payment steps, the audit trail): refused.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER verification_event_no_replace BEFORE INSERT ON verification_event
WHEN EXISTS (SELECT 1 FROM verification_event WHERE uuid = NEW.uuid OR rowid = NEW.rowid)
BEGIN
    SELECT RAISE(ABORT, 'verification events are append-only; record a correction instead');
END;
CREATE TRIGGER lifecycle_event_no_replace BEFORE INSERT ON lifecycle_event
WHEN EXISTS (SELECT 1 FROM lifecycle_event WHERE uuid = NEW.uuid OR seq = NEW.seq)
BEGIN
    SELECT RAISE(ABORT, 'lifecycle events are append-only; record a new step instead');
END;
-- Facts that hang on them or are records of work in their own right: which
-- evidence an event names, where a pulled event came from, district facts
-- pulled from upstream, approvals of import batches, reminders and visit
-- attempts (failure proposals count them). Neither updated nor deleted; an
-- insert of an existing key is dropped (the program's own INSERT OR IGNORE
-- keeps its meaning, a REPLACE changes nothing).
CREATE TRIGGER event_evidence_no_update BEFORE UPDATE ON event_evidence
BEGIN
    SELECT RAISE(ABORT, 'event evidence links are append-only');
END;
CREATE TRIGGER event_evidence_no_delete BEFORE DELETE ON event_evidence
BEGIN
    SELECT RAISE(ABORT, 'event evidence links are append-only');
END;
CREATE TRIGGER event_evidence_no_replace BEFORE INSERT ON event_evidence
WHEN EXISTS (SELECT 1 FROM event_evidence WHERE event_uuid = NEW.event_uuid AND sha256 = NEW.sha256)
BEGIN
    SELECT RAISE(IGNORE);
END;
CREATE TRIGGER sync_origin_no_update BEFORE UPDATE ON sync_origin
BEGIN
    SELECT RAISE(ABORT, 'where a pulled event came from is append-only');
END;
CREATE TRIGGER sync_origin_no_delete BEFORE DELETE ON sync_origin
BEGIN
    SELECT RAISE(ABORT, 'where a pulled event came from is append-only');
END;
CREATE TRIGGER sync_origin_no_replace BEFORE INSERT ON sync_origin
WHEN EXISTS (SELECT 1 FROM sync_origin WHERE event_uuid = NEW.event_uuid OR rowid = NEW.rowid)
BEGIN
    SELECT RAISE(IGNORE);
END;
CREATE TRIGGER upstream_status_no_update BEFORE UPDATE ON upstream_status
BEGIN
    SELECT RAISE(ABORT, 'district status facts are append-only');
END;
CREATE TRIGGER upstream_status_no_delete BEFORE DELETE ON upstream_status
BEGIN
    SELECT RAISE(ABORT, 'district status facts are append-only');
END;
CREATE TRIGGER upstream_status_no_replace BEFORE INSERT ON upstream_status
WHEN EXISTS (SELECT 1 FROM upstream_status WHERE uuid = NEW.uuid OR rowid = NEW.rowid)
BEGIN
    SELECT RAISE(IGNORE);
END;
CREATE TRIGGER import_approval_no_update BEFORE UPDATE ON import_approval
BEGIN
    SELECT RAISE(ABORT, 'import approvals are append-only');
END;
CREATE TRIGGER import_approval_no_delete BEFORE DELETE ON import_approval
BEGIN
    SELECT RAISE(ABORT, 'import approvals are append-only');
END;
CREATE TRIGGER import_approval_no_replace BEFORE INSERT ON import_approval
WHEN EXISTS (SELECT 1 FROM import_approval WHERE batch_id = NEW.batch_id AND approved_by = NEW.approved_by)
BEGIN
    SELECT RAISE(IGNORE);
END;
CREATE TRIGGER contact_log_no_update BEFORE UPDATE ON contact_log
BEGIN
    SELECT RAISE(ABORT, 'reminders are append-only');
END;
CREATE TRIGGER contact_log_no_delete BEFORE DELETE ON contact_log
BEGIN
    SELECT RAISE(ABORT, 'reminders are append-only');
END;
CREATE TRIGGER contact_log_no_replace BEFORE INSERT ON contact_log
WHEN EXISTS (SELECT 1 FROM contact_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'reminders are append-only');
END;
CREATE TRIGGER visit_attempt_no_update BEFORE UPDATE ON visit_attempt
BEGIN
    SELECT RAISE(ABORT, 'visit attempts are append-only');
END;
CREATE TRIGGER visit_attempt_no_delete BEFORE DELETE ON visit_attempt
BEGIN
    SELECT RAISE(ABORT, 'visit attempts are append-only');
END;
CREATE TRIGGER visit_attempt_no_replace BEFORE INSERT ON visit_attempt
WHEN EXISTS (SELECT 1 FROM visit_attempt WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'visit attempts are append-only');
END;
-- A supervisor's decision: only its delivery state changes (state, last_error).
CREATE TRIGGER sync_resolution_decision_fixed BEFORE UPDATE OF uuid, conflict_id, decision, value, note, decided_by, decided_at ON sync_resolution
BEGIN
    SELECT RAISE(ABORT, 'a decision is append-only; make a new one');
END;
CREATE TRIGGER sync_resolution_no_delete BEFORE DELETE ON sync_resolution
BEGIN
    SELECT RAISE(ABORT, 'a decision is append-only; make a new one');
END;
CREATE TRIGGER sync_resolution_no_replace BEFORE INSERT ON sync_resolution
WHEN EXISTS (SELECT 1 FROM sync_resolution WHERE uuid = NEW.uuid OR rowid = NEW.rowid)
BEGIN
    SELECT RAISE(ABORT, 'a decision is append-only; make a new one');
END;
-- Pulled events this device's rules refused (issue 16, point 1): not applied,
-- kept here as pulled with the reason, so nothing the server sent is lost and a
-- person can look at it. Append-only like the events, except that an event the
-- person's later events allow (it arrived before the step it rests on) is
-- released once: applied, and marked here.
CREATE TABLE sync_refused (
    uuid        TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL,              -- the change number it came with
    kind        TEXT NOT NULL,                 -- verification, lifecycle
    id_number   TEXT NOT NULL,
    device      TEXT,
    user_name   TEXT,
    reason      TEXT NOT NULL,
    data        TEXT NOT NULL,                 -- the event as pulled (JSON)
    received_at TEXT,                          -- when the server received it
    refused_at  TEXT NOT NULL,
    released_at TEXT                           -- applied later, once the person's events allowed it
);
CREATE INDEX sync_refused_waiting ON sync_refused(id_number) WHERE released_at IS NULL;
CREATE TRIGGER sync_refused_no_update BEFORE UPDATE OF uuid, seq, kind, id_number, device, user_name, reason, data, received_at, refused_at ON sync_refused
BEGIN
    SELECT RAISE(ABORT, 'refused pulled events are append-only');
END;
CREATE TRIGGER sync_refused_released_once BEFORE UPDATE OF released_at ON sync_refused
WHEN OLD.released_at IS NOT NULL OR NEW.released_at IS NULL
BEGIN
    SELECT RAISE(ABORT, 'a refused pulled event is released once');
END;
CREATE TRIGGER sync_refused_no_delete BEFORE DELETE ON sync_refused
BEGIN
    SELECT RAISE(ABORT, 'refused pulled events are append-only');
END;
CREATE TRIGGER sync_refused_no_replace BEFORE INSERT ON sync_refused
WHEN EXISTS (SELECT 1 FROM sync_refused WHERE uuid = NEW.uuid OR rowid = NEW.rowid)
BEGIN
    SELECT RAISE(ABORT, 'refused pulled events are append-only');
END;
