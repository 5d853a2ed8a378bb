-- Rename by expand/contract, phase 1 (expand): the new column, filled from the old one.
-- migrate:up
ALTER TABLE users ADD COLUMN full_name VARCHAR(200);
UPDATE users SET full_name = name;

-- migrate:down
ALTER TABLE users DROP COLUMN full_name;
