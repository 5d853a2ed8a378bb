-- A NOT NULL column in three steps. Step 1 of 3: add it nullable, which takes a brief lock and
-- rewrites nothing. The application writes a tracking number from now on.
-- migrate:up
ALTER TABLE orders ADD COLUMN tracking_number VARCHAR(100);

-- migrate:down
ALTER TABLE orders DROP COLUMN tracking_number;
