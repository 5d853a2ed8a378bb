package dev.migrations.internal.lint;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static dev.migrations.internal.lint.LintFixture.PG10;
import static dev.migrations.internal.lint.LintFixture.PG11;
import static dev.migrations.internal.lint.LintFixture.PG12;
import static dev.migrations.internal.lint.LintFixture.on;

/**
 * batch-large-update, concurrently-alone, one-strong-lock, no-transaction-control,
 * enum-value-in-tx, prefer-robust, lone-dollar.
 */
class MigrationRulesTest extends RuleTableTest {

	static Stream<Arguments> firing() {
		return Stream.of(
				on("batch-large-update", "UPDATE orders SET status = 'archived' WHERE created_at < '2024-01-01'"),
				on("batch-large-update", "UPDATE users SET full_name = name"),
				on("batch-large-update", "DELETE FROM orders WHERE status = 'cancelled'"),
				on("batch-large-update", "UPDATE orders SET note = 'x' WHERE id BETWEEN 1 AND 100 OR status = 'new'"),
				on("batch-large-update", "UPDATE orders SET status = 'x' WHERE id >= 100"),
				on("batch-large-update", "UPDATE users SET phone = 'x' WHERE name = 'bob'"),
				on("batch-large-update", "UPDATE orders SET note = 'x' WHERE code = 7"),
				on("batch-large-update", "UPDATE users SET phone = 'x' WHERE email = 'a@example.com' OR name = 'b'"),
				on("batch-large-update", "UPDATE users SET phone = 'x' WHERE email = name"),
				on("batch-large-update", "UPDATE users SET phone = 'x' WHERE NOT email = 'a@example.com'"),
				on("batch-large-update", "UPDATE users SET phone = o.note FROM orders o WHERE email = 'a@example.com'"),
				on("batch-large-update", "DELETE FROM users USING orders WHERE email = 'a@example.com'"),
				on("batch-large-update",
						"CREATE UNIQUE INDEX users_phone ON users (phone) WHERE phone IS NOT NULL;\n"
								+ "UPDATE users SET name = 'x' WHERE phone = '1'"),
				on("batch-large-update",
						"CREATE UNIQUE INDEX users_lower_name ON users (lower(name));\n"
								+ "UPDATE users SET phone = '1' WHERE name = 'x'"),
				on("batch-large-update",
						"DO $$ BEGIN FOR r IN SELECT id FROM users LOOP\n"
								+ "UPDATE users SET phone = 'x' WHERE id = r.id; END LOOP; END $$"),
				on("batch-large-update",
						"DO $body$ BEGIN LOOP DELETE FROM orders WHERE id IN (SELECT id FROM orders LIMIT 1000);\n"
								+ "EXIT WHEN NOT FOUND; END LOOP; END $body$"),
				on("batch-large-update",
						"DO $$ DECLARE i int := 0; BEGIN WHILE i < 10 LOOP UPDATE orders SET status = 'x' "
								+ "WHERE id BETWEEN i * 1000 AND i * 1000 + 999; i := i + 1; END LOOP; END $$"),
				on("batch-large-update", "DO LANGUAGE plpgsql $$ BEGIN UPDATE orders SET status = 'x'; END $$"),
				on("lone-dollar", "DO $ BEGIN PERFORM 1; END $"),
				on("lone-dollar", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $ SELECT 1 $"),
				on("concurrently-alone", "CREATE TABLE t (id bigint);\nCREATE INDEX CONCURRENTLY i ON orders (status)"),
				on("concurrently-alone",
						"ALTER TABLE orders ADD COLUMN x text;\nDROP INDEX CONCURRENTLY IF EXISTS idx_orders_status"),
				on("concurrently-alone", "VACUUM orders;\nANALYZE orders"),
				on("concurrently-alone", "REINDEX INDEX CONCURRENTLY idx_orders_status;\nSELECT 1"),
				on("one-strong-lock", "ALTER TABLE orders ADD COLUMN a text;\nALTER TABLE users ADD COLUMN b text"),
				on("one-strong-lock", "DROP TABLE _old_audit_deprecated;\nALTER TABLE users DROP COLUMN phone"),
				on("one-strong-lock", "LOCK TABLE orders;\nTRUNCATE legacy_events"),
				on("one-strong-lock",
						"ALTER TABLE orders RENAME COLUMN note TO remark;\n"
								+ "ALTER TABLE users RENAME COLUMN phone TO mobile"),
				on("no-transaction-control", "BEGIN;\nALTER TABLE orders ADD COLUMN a text;\nCOMMIT"),
				on("no-transaction-control", "START TRANSACTION ISOLATION LEVEL SERIALIZABLE"),
				on("no-transaction-control", "SAVEPOINT before_backfill"), on("no-transaction-control", "ROLLBACK"),
				on("enum-value-in-tx", PG11, "ALTER TYPE mood ADD VALUE 'meh';\nALTER TABLE orders ADD COLUMN m mood"),
				on("enum-value-in-tx", PG11,
						"CREATE TYPE mood AS ENUM ('a');\nALTER TYPE mood ADD VALUE IF NOT EXISTS 'b'"),
				on("enum-value-in-tx", PG10, "ALTER TYPE public.mood ADD VALUE 'c' BEFORE 'a';\nSELECT 1"),
				on("prefer-robust", "CREATE INDEX CONCURRENTLY idx ON orders (status)"),
				on("prefer-robust", "DROP INDEX CONCURRENTLY idx_orders_status"),
				on("prefer-robust", "CREATE UNIQUE INDEX CONCURRENTLY ON orders (note)"),
				on("prefer-robust", PG11, "ALTER TYPE mood ADD VALUE 'x'"));
	}

	static Stream<Arguments> quiet() {
		return Stream.of(
				on("batch-large-update",
						"UPDATE orders SET tracking_number = 'UNKNOWN' "
								+ "WHERE tracking_number IS NULL AND id BETWEEN 1 AND 100000"),
				on("batch-large-update", "UPDATE orders SET status = 'x' WHERE id >= 1 AND id < 10001"),
				on("batch-large-update", "DELETE FROM orders WHERE id = 42"),
				on("batch-large-update", "UPDATE users SET phone = 'x' WHERE email = 'a@example.com'"),
				on("batch-large-update", "UPDATE USERS SET PHONE = 'x' WHERE EMAIL = 'flowable.schema.version'"),
				on("batch-large-update", "DELETE FROM users WHERE 'a@example.com' = email"),
				on("batch-large-update", "UPDATE public.users u SET phone = 'x' WHERE u.email = 'a'::text"),
				on("batch-large-update", "UPDATE orders SET note = 'x' WHERE customer_id = 7 AND code = 3"),
				on("batch-large-update",
						"UPDATE orders SET note = 'x' WHERE (code = 3 AND status = 'new') AND customer_id = $1"),
				on("batch-large-update",
						"ALTER TABLE users ADD CONSTRAINT users_phone_key UNIQUE (phone);\n"
								+ "UPDATE users SET name = 'x' WHERE phone = '1'"),
				on("batch-large-update",
						"CREATE UNIQUE INDEX CONCURRENTLY users_phone ON users (phone)\n====\n"
								+ "UPDATE users SET name = 'x' WHERE phone = '1'"),
				on("batch-large-update",
						"ALTER TABLE legacy_events ADD COLUMN code text UNIQUE;\n"
								+ "DELETE FROM legacy_events WHERE code = 'x'"),
				on("batch-large-update", "-- migrate:batch table=users key=id size=1000\n"
						+ "UPDATE users SET full_name = name WHERE id IN (SELECT id FROM users WHERE id BETWEEN :batch_start AND :batch_end)"),
				on("batch-large-update",
						"CREATE TABLE shipments (id bigint, code text)\n====\nUPDATE shipments SET code = 'x'"),
				on("batch-large-update", "INSERT INTO orders (status) SELECT 'x' FROM generate_series(1, 10)"),
				on("batch-large-update", "DO $$ BEGIN UPDATE orders SET status = 'x' WHERE id = 1; END $$"),
				on("batch-large-update",
						"DO $$ BEGIN FOR i IN 1..3 LOOP INSERT INTO orders (status) VALUES ('x'); END LOOP; END $$"),
				on("batch-large-update",
						"CREATE TABLE shipments (id bigint, code text);\n"
								+ "DO $$ BEGIN FOR i IN 1..3 LOOP UPDATE shipments SET code = 'x' WHERE id = i; "
								+ "END LOOP; END $$"),
				on("batch-large-update",
						"DO $$ BEGIN LOOP EXIT; END LOOP; UPDATE users SET phone = 'x' WHERE email = 'a'; END $$"),
				on("batch-large-update", "DO LANGUAGE plperl $$ UPDATE orders SET status = 1 $$"),
				on("lone-dollar", "DO $$ BEGIN PERFORM 1; END $$"),
				on("lone-dollar", "DO $tag$ BEGIN PERFORM 1; END $tag$"),
				on("lone-dollar", "CREATE TABLE ${prefix}runs (id int)"),
				on("lone-dollar", "SELECT a$b FROM orders WHERE id = $1"),
				on("no-transaction-control", "DO $\nBEGIN\n  PERFORM 1;\nEND $;"),
				on("concurrently-alone", "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (status)"),
				on("concurrently-alone",
						"CREATE INDEX CONCURRENTLY a ON orders (status)\n====\n"
								+ "CREATE INDEX CONCURRENTLY b ON orders (note)"),
				on("concurrently-alone", "CREATE TABLE t (id bigint);\nCREATE INDEX i ON t (id)"),
				on("concurrently-alone",
						"CREATE TABLE shipments (id bigint)\n====\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON shipments (id)"),
				on("one-strong-lock", "ALTER TABLE orders ADD COLUMN a text;\nALTER TABLE orders ADD COLUMN b text"),
				on("one-strong-lock",
						"CREATE TABLE shipments (id bigint);\nALTER TABLE orders ADD COLUMN a text;\n"
								+ "ALTER TABLE shipments ADD COLUMN b text"),
				on("one-strong-lock",
						"ALTER TABLE orders ADD COLUMN a text\n====\nALTER TABLE users ADD COLUMN b text"),
				on("one-strong-lock", "ALTER TABLE orders ADD COLUMN a text;\nCREATE INDEX ON users (phone)"),
				on("no-transaction-control", "DO $$ BEGIN PERFORM 1; END $$"),
				on("no-transaction-control",
						"CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$"),
				on("no-transaction-control", "SELECT 'COMMIT'"),
				on("no-transaction-control",
						"CREATE TABLE shipments (id bigint)\n====\nINSERT INTO shipments VALUES (1)"),
				on("enum-value-in-tx", PG12, "ALTER TYPE mood ADD VALUE 'meh';\nALTER TABLE orders ADD COLUMN m mood"),
				on("enum-value-in-tx", PG11, "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh'"),
				on("enum-value-in-tx", PG11, "ALTER TYPE mood RENAME VALUE 'a' TO 'b';\nSELECT 1"),
				on("prefer-robust", "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON orders (status)"),
				on("prefer-robust", "DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status"),
				on("prefer-robust", "CREATE INDEX idx ON orders (status)"),
				on("prefer-robust",
						"CREATE TABLE shipments (id bigint)\n====\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON shipments (id)"),
				on("prefer-robust", PG12, "ALTER TYPE mood ADD VALUE 'x'"));
	}

}
