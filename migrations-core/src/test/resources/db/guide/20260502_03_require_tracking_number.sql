-- NOT NULL in three steps, step 3: the constraint, once the backfill is complete.
-- migrate:up
ALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL;

-- migrate:down
ALTER TABLE orders ALTER COLUMN tracking_number DROP NOT NULL;
