-- Schema version 6: big-data import batches held for approval. Where the profile
-- says so (Guangdong art. 9), a batch that marks people qualified is capped and
-- takes effect only after approvals by different users; until then its validated
-- changes wait here, and nothing in the roster has changed.
CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    created_by  TEXT NOT NULL,               -- user name of who submitted it
    created_at  TEXT NOT NULL,               -- UTC
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied')),
    changes     TEXT NOT NULL,               -- JSON array of the validated row changes
    qualified   INTEGER NOT NULL,
    applied_at  TEXT
);
CREATE TABLE import_approval (
    batch_id    INTEGER NOT NULL REFERENCES import_batch(id),
    approved_by TEXT NOT NULL,               -- user name; one approval per user
    approved_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, approved_by)
) WITHOUT ROWID;
