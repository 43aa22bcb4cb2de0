-- Schema version 13 (issue 15, GD 9): a desk's big-data import batch is approved
-- on the district server, which has to know which batch: each batch gets a uuid
-- made on this desk, sent with every certification of the batch (batchUuid) and
-- with each approval (POST /v1/import-approvals). Batches made before get one now.
ALTER TABLE import_batch ADD COLUMN uuid TEXT;
UPDATE import_batch SET uuid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
    substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' ||
    hex(randomblob(6))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX import_batch_uuid ON import_batch(uuid);
