-- A NOT NULL column in three steps. Step 2 of 3: fill the rows written before step 1, in batches.
-- The engine walks orders.id 10,000 keys at a time and commits each batch on its own, so no
-- statement holds many row locks or a long transaction; a crash resumes after the last batch.
-- migrate:up
-- migrate:batch table=orders key=id size=10000 pause=100ms
UPDATE orders SET tracking_number = 'UNKNOWN'
WHERE  tracking_number IS NULL
  AND  id BETWEEN :batch_start AND :batch_end;

-- migrate:down
-- migrate:batch table=orders key=id size=10000 pause=100ms
UPDATE orders SET tracking_number = NULL
WHERE  tracking_number = 'UNKNOWN'
  AND  id BETWEEN :batch_start AND :batch_end;
