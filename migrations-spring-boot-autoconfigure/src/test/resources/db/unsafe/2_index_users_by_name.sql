-- migrate:up
-- a plain CREATE INDEX blocks writes to an existing table while it builds
CREATE INDEX users_name_idx ON users (name);

-- migrate:down
DROP INDEX users_name_idx;
