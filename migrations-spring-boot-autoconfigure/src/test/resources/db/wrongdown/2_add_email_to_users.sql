-- migrate:up
ALTER TABLE users ADD COLUMN email text;

-- migrate:down
-- forgets to drop the column it added: verify must catch it
SELECT 1;
