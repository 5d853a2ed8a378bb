-- Two index builds on purpose: the second fails, so the migration stops part-way.
-- migrate:allow concurrently-alone the test needs a migration that stops between two statements
-- migrate:up
CREATE INDEX CONCURRENTLY users_name_idx ON users (name);
CREATE INDEX CONCURRENTLY no_such_idx ON no_such_table (name);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS no_such_idx;
DROP INDEX CONCURRENTLY IF EXISTS users_name_idx;
