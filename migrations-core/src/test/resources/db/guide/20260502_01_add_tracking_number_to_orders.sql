-- NOT NULL in three steps, step 1: add the column nullable (no rewrite, brief lock).
-- migrate:up
ALTER TABLE orders ADD COLUMN tracking_number VARCHAR(100);

-- migrate:down
ALTER TABLE orders DROP COLUMN tracking_number;
