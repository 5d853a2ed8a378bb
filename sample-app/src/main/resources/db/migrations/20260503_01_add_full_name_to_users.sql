-- Renaming 'name' to 'full_name' without downtime, expand phase: add the new column and copy the
-- old one into it, in batches. The application writes both columns for as long as 'name' exists
-- and reads 'full_name'; the contract phase, dropping 'name', is the last migration of this folder.
-- migrate:phase expand
-- migrate:up
ALTER TABLE users ADD COLUMN full_name VARCHAR(200);

-- migrate:batch table=users key=id size=10000 pause=100ms
UPDATE users SET full_name = name
WHERE  full_name IS NULL
  AND  id BETWEEN :batch_start AND :batch_end;

-- migrate:down
ALTER TABLE users DROP COLUMN full_name;
