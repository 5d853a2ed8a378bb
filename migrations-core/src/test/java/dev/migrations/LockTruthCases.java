package dev.migrations;

import java.util.List;

/**
 * The statement forms {@link LockTruthTest} runs, over one schema: tables with a foreign
 * key between them, a partitioned table with a partition and a table to attach, a
 * materialized view with a unique index, a view, a sequence, an enum type and a trigger.
 */
final class LockTruthCases {

	static final String SCHEMA = """
			CREATE TABLE accounts (id bigint PRIMARY KEY, email text, balance int NOT NULL DEFAULT 0, note text);
			CREATE INDEX accounts_email ON accounts (email);
			CREATE UNIQUE INDEX accounts_email_unique ON accounts (email);
			ALTER TABLE accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;
			CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, total numeric, note text);
			ALTER TABLE orders ADD CONSTRAINT orders_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
			CREATE TABLE ledger (id bigint, account_id bigint);
			CREATE TABLE payments (id bigint, account_id bigint REFERENCES accounts (id));
			CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
			CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
			CREATE TABLE events_2026 (id bigint, at date NOT NULL);
			CREATE MATERIALIZED VIEW account_totals AS SELECT account_id, sum(total) AS total FROM orders GROUP BY account_id;
			CREATE UNIQUE INDEX account_totals_key ON account_totals (account_id);
			CREATE VIEW rich AS SELECT id, balance FROM accounts WHERE balance > 1000;
			CREATE SEQUENCE counter;
			CREATE TYPE mood AS ENUM ('sad', 'happy');
			CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
			CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch();
			""";

	static final List<String> IN_TRANSACTION = List.of(
			// ALTER TABLE sub-commands
			"ALTER TABLE accounts ADD COLUMN age int", "ALTER TABLE accounts ADD COLUMN age int NOT NULL DEFAULT 0",
			"ALTER TABLE accounts ADD COLUMN IF NOT EXISTS age int",
			"ALTER TABLE ledger ADD COLUMN owner bigint REFERENCES accounts (id)",
			"ALTER TABLE accounts DROP COLUMN note", "ALTER TABLE accounts DROP COLUMN IF EXISTS note",
			"ALTER TABLE accounts ALTER COLUMN note TYPE varchar(10)",
			"ALTER TABLE accounts ALTER COLUMN note SET DEFAULT 'x'",
			"ALTER TABLE accounts ALTER COLUMN balance DROP DEFAULT",
			"ALTER TABLE accounts ALTER COLUMN email SET NOT NULL",
			"ALTER TABLE accounts ALTER COLUMN balance DROP NOT NULL",
			"ALTER TABLE accounts ALTER COLUMN note SET STATISTICS 500",
			"ALTER TABLE accounts ALTER COLUMN note SET (n_distinct = 100)",
			"ALTER TABLE accounts ALTER COLUMN note RESET (n_distinct)",
			"ALTER TABLE accounts ALTER COLUMN note SET STORAGE EXTERNAL",
			"ALTER TABLE accounts ALTER COLUMN note SET COMPRESSION pglz",
			"ALTER TABLE accounts ADD CONSTRAINT small CHECK (balance < 10)",
			"ALTER TABLE accounts ADD CONSTRAINT small CHECK (balance < 10) NOT VALID",
			"ALTER TABLE accounts VALIDATE CONSTRAINT balance_positive",
			"ALTER TABLE ledger ADD CONSTRAINT ledger_account FOREIGN KEY (account_id) REFERENCES accounts (id)",
			"ALTER TABLE ledger ADD CONSTRAINT ledger_account FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID",
			"ALTER TABLE accounts DROP CONSTRAINT balance_positive", "ALTER TABLE ledger ADD PRIMARY KEY (id)",
			"ALTER TABLE accounts ADD CONSTRAINT email_key UNIQUE (email)",
			"ALTER TABLE accounts RENAME COLUMN note TO remark", "ALTER TABLE accounts RENAME TO clients",
			"ALTER TABLE accounts RENAME CONSTRAINT balance_positive TO balance_ok",
			"ALTER TABLE accounts SET (fillfactor = 70)", "ALTER TABLE accounts SET (autovacuum_enabled = false)",
			"ALTER TABLE accounts RESET (fillfactor)", "ALTER TABLE ledger SET UNLOGGED",
			"ALTER TABLE accounts CLUSTER ON accounts_email", "ALTER TABLE accounts SET WITHOUT CLUSTER",
			"ALTER TABLE accounts DISABLE TRIGGER ALL", "ALTER TABLE accounts ENABLE TRIGGER accounts_touch",
			"ALTER TABLE accounts OWNER TO CURRENT_USER", "ALTER TABLE accounts REPLICA IDENTITY FULL",
			"ALTER TABLE accounts ENABLE ROW LEVEL SECURITY", "ALTER TABLE accounts SET WITHOUT OIDS",
			"ALTER TABLE accounts ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY",
			"ALTER TABLE events ATTACH PARTITION events_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
			"ALTER TABLE events DETACH PARTITION events_2025",
			// indexes
			"CREATE INDEX accounts_note ON accounts (note)", "CREATE UNIQUE INDEX accounts_note ON accounts (note)",
			"CREATE INDEX IF NOT EXISTS accounts_note ON accounts (note)", "CREATE INDEX ON accounts (note)",
			"CREATE INDEX account_totals_total ON account_totals (total)", "DROP INDEX accounts_email",
			"DROP INDEX IF EXISTS accounts_email", "DROP INDEX accounts_email, accounts_email_unique",
			"DROP INDEX IF EXISTS no_such_index", "REINDEX INDEX accounts_email", "REINDEX TABLE accounts",
			"REINDEX (CONCURRENTLY false) INDEX accounts_email", "REINDEX (VERBOSE) TABLE accounts",
			"ALTER INDEX accounts_email RENAME TO accounts_by_email",
			"ALTER INDEX accounts_email SET (fillfactor = 80)",
			// other statements the plan names
			"COMMENT ON TABLE accounts IS 'who pays'", "COMMENT ON COLUMN accounts.note IS 'free text'",
			"COMMENT ON INDEX accounts_email IS 'lookups'",
			"CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch()",
			"DROP TRIGGER accounts_touch ON accounts", "ALTER TYPE mood ADD VALUE 'calm'",
			"ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'", "ANALYZE accounts",
			"REFRESH MATERIALIZED VIEW account_totals", "REFRESH MATERIALIZED VIEW CONCURRENTLY account_totals",
			"LOCK TABLE accounts IN SHARE MODE", "TRUNCATE orders", "DROP TABLE ledger", "DROP VIEW rich",
			"DROP MATERIALIZED VIEW account_totals", "DROP SEQUENCE counter",
			"CREATE OR REPLACE VIEW rich AS SELECT id, balance FROM accounts WHERE balance > 2000",
			"ALTER VIEW rich RENAME TO wealthy", "ALTER SEQUENCE counter RESTART",
			"CREATE TABLE notes (id bigint, account_id bigint REFERENCES accounts (id))",
			"CREATE TABLE events_2027 PARTITION OF events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01')",
			"INSERT INTO ledger VALUES (1, 1)", "UPDATE accounts SET note = 'x' WHERE id = 1",
			"DELETE FROM orders WHERE id = 1");

	/**
	 * Forms whose plan leaves out one relation PostgreSQL locks, because the statement
	 * does not name it and the catalog the plan reads does not say it (a foreign key's
	 * referenced table; the index of {@code USING INDEX} and of {@code CLUSTER … USING}).
	 * The plan's other locks are PostgreSQL's.
	 */
	static final List<Gap> GAPS = List.of(
			new Gap("ALTER TABLE orders VALIDATE CONSTRAINT orders_account", "public.accounts"),
			new Gap("ALTER TABLE orders DROP CONSTRAINT orders_account", "public.accounts"),
			new Gap("DROP TABLE payments", "public.accounts"),
			new Gap("ALTER TABLE accounts ADD CONSTRAINT email_key UNIQUE USING INDEX accounts_email_unique",
					"public.accounts_email_unique"),
			new Gap("CLUSTER accounts USING accounts_email", "public.accounts_email"));

	/**
	 * A statement whose plan leaves out one relation PostgreSQL locks.
	 *
	 * @param sql the statement
	 * @param missing the relation the plan does not name
	 */
	record Gap(String sql, String missing) {

		@Override
		public String toString() {
			return this.sql;
		}

	}

	static final List<Alone> ALONE = List.of(
			new Alone("CREATE INDEX CONCURRENTLY accounts_note ON accounts (note)",
					"INSERT INTO accounts (id) VALUES (-1)"),
			new Alone("CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_note ON accounts (note)",
					"INSERT INTO accounts (id) VALUES (-1)"),
			new Alone("DROP INDEX CONCURRENTLY accounts_email", "SELECT count(*) FROM accounts"),
			new Alone("DROP INDEX CONCURRENTLY IF EXISTS accounts_email", "SELECT count(*) FROM accounts"),
			new Alone("REINDEX INDEX CONCURRENTLY accounts_email", "INSERT INTO accounts (id) VALUES (-1)"),
			new Alone("REINDEX (CONCURRENTLY) INDEX accounts_email", "INSERT INTO accounts (id) VALUES (-1)"),
			new Alone("REINDEX TABLE CONCURRENTLY accounts", "INSERT INTO accounts (id) VALUES (-1)"),
			// its first transaction locks the partitioned table, then waits for the
			// partition
			new Alone("ALTER TABLE events DETACH PARTITION events_2025 CONCURRENTLY",
					"LOCK TABLE events_2025 IN SHARE UPDATE EXCLUSIVE MODE"),
			new Alone("VACUUM accounts", "LOCK TABLE accounts IN SHARE UPDATE EXCLUSIVE MODE"),
			new Alone("VACUUM (ANALYZE) accounts", "LOCK TABLE accounts IN SHARE UPDATE EXCLUSIVE MODE"),
			new Alone("VACUUM FULL accounts", "SELECT count(*) FROM accounts"));

	/**
	 * A statement that cannot run in a transaction block, and what a second session does
	 * in an open transaction to make it wait, so that its locks can be read.
	 *
	 * @param sql the statement
	 * @param blocker what the second session runs first
	 */
	record Alone(String sql, String blocker) {

		@Override
		public String toString() {
			return this.sql;
		}

	}

	/**
	 * The first PostgreSQL version that accepts a form: {@code SET COMPRESSION}, the
	 * option list of {@code REINDEX} and {@code DETACH … CONCURRENTLY} came in 14.
	 * @param sql the statement
	 * @return {@code server_version_num} of that version
	 */
	static int since(String sql) {
		boolean from14 = sql.contains("SET COMPRESSION") || sql.startsWith("REINDEX (CONCURRENTLY")
				|| (sql.contains("DETACH PARTITION") && sql.endsWith("CONCURRENTLY"));
		return from14 ? 140000 : 0;
	}

	/**
	 * Whether PostgreSQL made a form's lock stronger in 14: before, {@code DETACH
	 * PARTITION} took SHARE UPDATE EXCLUSIVE on the partition, since then ACCESS
	 * EXCLUSIVE. The plan names 14's level, which covers what 13 takes.
	 * @param sql the statement
	 * @return whether the plan's level is 14's
	 */
	static boolean strongerSince14(String sql) {
		return sql.contains("DETACH PARTITION") && !sql.endsWith("CONCURRENTLY");
	}

	private LockTruthCases() {
	}

}
