-- migrate:up
-- the second statement names a table that does not exist
ALTER TABLE users ADD COLUMN phone varchar(20);
ALTER TABLE no_such_table ADD COLUMN phone varchar(20);

-- migrate:down
ALTER TABLE users DROP COLUMN phone;
