-- Rename by expand/contract, phase 3 (contract): the old column goes once no code reads it.
-- migrate:up
ALTER TABLE users DROP COLUMN name;

-- migrate:down
ALTER TABLE users ADD COLUMN name VARCHAR(200);
UPDATE users SET name = full_name;
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
