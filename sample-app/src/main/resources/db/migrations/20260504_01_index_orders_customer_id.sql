-- Builds the index without blocking writes to orders. PostgreSQL refuses CONCURRENTLY inside a
-- transaction, so this migration runs in autocommit: it stays alone in its file, and IF NOT EXISTS
-- makes a retry harmless.
-- migrate:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_id ON orders (customer_id);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer_id;
