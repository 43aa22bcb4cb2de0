-- Schema version 11 (issue 17): a check that changes or clears contact data keeps
-- what each changed field held on this desk when the check was recorded, so the
-- timeline can show the change as old -> new ("联系电话：13800000000 → （清空）")
-- instead of a bare "changed to". NULL = the field was not changed by the check,
-- or the event came from before this version or from another desk (the sync
-- protocol does not carry these columns; they are this desk's record of what it
-- replaced). Like the rest of the event row, written once and never updated.
ALTER TABLE verification_event ADD COLUMN previous_phone TEXT;
ALTER TABLE verification_event ADD COLUMN previous_household_address TEXT;
ALTER TABLE verification_event ADD COLUMN previous_residence_address TEXT;
ALTER TABLE verification_event ADD COLUMN previous_residence_type TEXT;
