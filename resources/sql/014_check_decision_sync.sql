-- Schema version 14 (issue 15, GD 21-22): the county's decision on an on-site or
-- home check travels. A decision made on this desk waits in sync_state 'pending'
-- until the server took it ('accepted') or refused it ('rejected', the reason in
-- sync_error); a decision pulled from the server, or a check not decided, has
-- NULL. Checks pulled from other desks are queued for the county here too.
ALTER TABLE check_approval ADD COLUMN sync_state TEXT
    CHECK (sync_state IS NULL OR sync_state IN ('pending', 'accepted', 'rejected'));
ALTER TABLE check_approval ADD COLUMN sync_error TEXT;
CREATE INDEX check_approval_sync ON check_approval(sync_state) WHERE sync_state = 'pending';
