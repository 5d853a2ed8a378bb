-- The guide's first example: a nullable column is safe to add.
-- migrate:up
ALTER TABLE users
  ADD COLUMN phone VARCHAR(30);

-- migrate:down
ALTER TABLE users
  DROP COLUMN phone;
