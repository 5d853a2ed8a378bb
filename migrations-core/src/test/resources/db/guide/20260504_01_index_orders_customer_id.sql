-- Runs outside a transaction: PostgreSQL refuses CONCURRENTLY inside one.
-- migrate:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_id ON orders (customer_id);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer_id;
