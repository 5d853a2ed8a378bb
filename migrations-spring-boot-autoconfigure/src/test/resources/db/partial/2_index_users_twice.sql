-- migrate:up
CREATE INDEX CONCURRENTLY users_name_idx ON users (name);
CREATE INDEX CONCURRENTLY no_such_idx ON no_such_table (name);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS no_such_idx;
DROP INDEX CONCURRENTLY IF EXISTS users_name_idx;
