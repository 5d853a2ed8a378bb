-- migrate:up
-- migrate:allow index-concurrently users holds a handful of rows and no one writes to it yet
CREATE INDEX users_name_idx ON users (name);

-- migrate:down
-- migrate:allow drop-index-concurrently users holds a handful of rows and no one writes to it yet
DROP INDEX users_name_idx;
