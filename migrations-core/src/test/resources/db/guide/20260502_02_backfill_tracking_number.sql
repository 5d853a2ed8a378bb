-- NOT NULL in three steps, step 2: backfill by key range, one bounded batch per statement.
-- migrate:up
UPDATE orders SET tracking_number = 'UNKNOWN'
WHERE  tracking_number IS NULL
  AND  id BETWEEN 1 AND 100000;
UPDATE orders SET tracking_number = 'UNKNOWN'
WHERE  tracking_number IS NULL
  AND  id BETWEEN 100001 AND 200000;

-- migrate:down
UPDATE orders SET tracking_number = NULL WHERE tracking_number = 'UNKNOWN';
