-- migrate:up
CREATE INDEX CONCURRENTLY users_name_idx ON users (name);

-- migrate:down
DROP INDEX CONCURRENTLY users_name_idx;
