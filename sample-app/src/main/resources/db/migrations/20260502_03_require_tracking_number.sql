-- Step 3 of 3: the constraint, once every row has a value.
-- migrate:up
ALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL;

-- migrate:down
ALTER TABLE orders ALTER COLUMN tracking_number DROP NOT NULL;
