-- A nullable column without a default: PostgreSQL only updates the catalog, no table rewrite.
-- migrate:up
ALTER TABLE users
  ADD COLUMN phone VARCHAR(30);

-- migrate:down
ALTER TABLE users
  DROP COLUMN phone;
