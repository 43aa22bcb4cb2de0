-- Schema version 2: big-data conclusions, home-visit requests and the indexes
-- behind the work lists. Every ledger query is a range on (node, key, id) so
-- lists page by key and counts are index-only.
ALTER TABLE recipient ADD COLUMN bigdata_rank INTEGER CHECK (bigdata_rank BETWEEN 0 AND 2);
ALTER TABLE recipient ADD COLUMN bigdata_month TEXT;
ALTER TABLE recipient ADD COLUMN bigdata_detail TEXT;
ALTER TABLE recipient ADD COLUMN bigdata_source TEXT;
ALTER TABLE recipient ADD COLUMN bigdata_behaviour TEXT;
CREATE TABLE visit_request (
    id           INTEGER PRIMARY KEY,
    recipient_id INTEGER NOT NULL REFERENCES recipient(id),
    requested_on TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    note         TEXT
);
CREATE INDEX visit_request_open ON visit_request(recipient_id) WHERE status = 'open';
CREATE INDEX recipient_c_end ON recipient(community_code, period_end);
CREATE INDEX recipient_s_end ON recipient(street_code, period_end);
CREATE INDEX recipient_d_end ON recipient(district_code, period_end);
CREATE INDEX recipient_c_bd ON recipient(community_code, bigdata_rank) WHERE bigdata_rank IS NOT NULL;
CREATE INDEX recipient_s_bd ON recipient(street_code, bigdata_rank) WHERE bigdata_rank IS NOT NULL;
CREATE INDEX recipient_d_bd ON recipient(district_code, bigdata_rank) WHERE bigdata_rank IS NOT NULL;
CREATE INDEX recipient_c_birth ON recipient(community_code, birth_date);
CREATE INDEX recipient_s_birth ON recipient(street_code, birth_date);
CREATE INDEX recipient_d_birth ON recipient(district_code, birth_date);
CREATE INDEX recipient_c_flagged ON recipient(community_code, birth_date) WHERE special_flags <> 0;
CREATE INDEX recipient_s_flagged ON recipient(street_code, birth_date) WHERE special_flags <> 0;
CREATE INDEX recipient_d_flagged ON recipient(district_code, birth_date) WHERE special_flags <> 0;
-- Name search: every character of the name as one token, so a phrase query
-- finds any substring, even of one or two characters (FTS5's trigram tokenizer
-- needs three, and most Chinese names have two or three).
CREATE VIRTUAL TABLE recipient_name_fts USING fts5(chars, tokenize = 'unicode61')
