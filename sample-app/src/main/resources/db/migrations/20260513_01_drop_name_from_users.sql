-- Renaming 'name' to 'full_name', contract phase: drop the old column once every running instance
-- reads 'full_name'. Marked as a contract migration, it is held until migrations.contract.enabled
-- is true. The undo restores 'name' from 'full_name' in one transaction, so it either fully comes
-- back, NOT NULL as before, or not at all; the application then writes both columns again.
-- migrate:phase contract
-- migrate:up
ALTER TABLE users DROP COLUMN name;

-- migrate:down
ALTER TABLE users ADD COLUMN name VARCHAR(200);
UPDATE users SET name = full_name;
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
