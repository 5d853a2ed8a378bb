-- Archives the orders delivered before 2024, in batches of 10,000 keys, each committed on its own
-- with a pause in between, so that the application's own updates of those rows never wait long.
-- Only delivered orders become archived and nothing else writes 'archived', so the undo knows
-- exactly which rows to put back.
-- migrate:up
-- migrate:batch table=orders key=id size=10000 pause=100ms
UPDATE orders SET status = 'archived'
WHERE  id BETWEEN :batch_start AND :batch_end
  AND  status = 'delivered'
  AND  created_at < '2024-01-01';

-- migrate:down
-- migrate:batch table=orders key=id size=10000 pause=100ms
UPDATE orders SET status = 'delivered'
WHERE  id BETWEEN :batch_start AND :batch_end
  AND  status = 'archived';
