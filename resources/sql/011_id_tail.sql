-- The last four characters of an ID number, indexed: a worker is often given only
-- those ("尾号 1234"), and a search by them must not read a million rows (issue 17).
-- LedgerQuery's IdTail search uses exactly this expression.
CREATE INDEX IF NOT EXISTS recipient_id_tail ON recipient(substr(id_number, 15));
