-- Users, their roles and jurisdiction, and the audit trail.
-- Passwords are stored only as libsodium crypto_pwhash_str strings (Argon2id;
-- the string carries its own salt, opslimit and memlimit).
CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('community-worker', 'street-supervisor', 'district-admin', 'auditor')),
    node_code     TEXT NOT NULL REFERENCES jurisdiction(code),
    password_hash TEXT NOT NULL,
    duties        TEXT NOT NULL DEFAULT '',   -- comma-separated duty keys, e.g. "certify"
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);
-- The audit trail: append-only and hash-chained. Each row's hash is SHA-256
-- over the previous row's hash and this row's canonical content (AuditTrail);
-- AUTOINCREMENT keeps the highest id ever used in sqlite_sequence, so a deleted
-- last row shows as a gap too.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,              -- UTC timestamp
    username  TEXT NOT NULL,
    role      TEXT NOT NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '',
    place     TEXT NOT NULL,              -- machine name, or "cli"
    off_hours INTEGER NOT NULL DEFAULT 0,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_user ON audit_log(username, at);
CREATE INDEX audit_log_action ON audit_log(action, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
