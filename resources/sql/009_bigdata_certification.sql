-- Schema version 9 (issue 15 part B): big-data results certify, losses are
-- captured with their cause and time, Guangdong's county approval of checks.
--
-- A qualified big-data result (认证合格 / 视同认证合格: QD 13-14 and 17, QI 三(一),
-- UR 六(二), GD 14) is a certification event with method 'big-data': where it
-- came from (the comparison's source channel, its month and behaviour) and the
-- import batch that brought it. Its uuid is made from the natural key (person,
-- month, source, date), so the same result brought twice, by any path, is the
-- same event (the primary key) and nothing new is stored.
-- big-data: the channel that proved it
ALTER TABLE verification_event ADD COLUMN source TEXT;
-- big-data: YYYY-MM of the comparison
ALTER TABLE verification_event ADD COLUMN bigdata_month TEXT;
-- big-data: the import it came with
ALTER TABLE verification_event ADD COLUMN import_batch TEXT;
-- UR 七(六)2: the cause and time of a loss of eligibility. For an imprisonment the
-- date of imprisonment (overpayment counts from it, not from the check) and, on
-- the check that finds the person back, the date of release (back pay proposes
-- only the months after it).
ALTER TABLE verification_event ADD COLUMN loss_date TEXT;
ALTER TABLE verification_event ADD COLUMN release_date TEXT;
-- GD 21-22: an on-site or home check goes to the county agency, which approves it
-- within 1 working day. One row per check that needs it; decided once.
CREATE TABLE check_approval (
    event_uuid  TEXT PRIMARY KEY REFERENCES verification_event(uuid),
    due         TEXT NOT NULL,                 -- the working day by which it must be decided
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'refused')),
    decided_by  TEXT,
    decided_at  TEXT,
    note        TEXT
) WITHOUT ROWID;
CREATE INDEX check_approval_open ON check_approval(state, due);
-- GD 9: "two-level approval" of a capped import is a street approval, then a
-- county one; the level each approval was given at.
ALTER TABLE import_approval ADD COLUMN level TEXT;
-- People whose loss of eligibility waits for its step (suspension or stop):
-- the list of their own (Ledger::LostEligibility).
CREATE INDEX recipient_loss ON recipient(living_status, benefit_status)
    WHERE living_status IN ('deceased', 'imprisoned', 'missing', 'other-loss');
