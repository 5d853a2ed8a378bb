package dev.migrations.internal.sql;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TransactionRules}.
 */
class TransactionRulesTest {

	private static final int PG17 = 170002;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "CREATE INDEX CONCURRENTLY idx ON t (x)", "create unique index concurrently idx on t(x)",
			"CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON t (x)", "CREATE INDEX CONCURRENTLY ON t (x)",
			"CREATE INDEX /* why */ CONCURRENTLY idx ON t (x)", "CREATE UNIQUE INDEX\n  CONCURRENTLY idx ON t (x)",
			"DROP INDEX CONCURRENTLY idx", "drop index concurrently if exists idx", "REINDEX INDEX CONCURRENTLY idx",
			"REINDEX TABLE CONCURRENTLY t", "REINDEX (VERBOSE) TABLE CONCURRENTLY t", "REINDEX (CONCURRENTLY) TABLE t",
			"REINDEX SCHEMA CONCURRENTLY s", "REINDEX SCHEMA public", "REINDEX DATABASE app",
			"REINDEX (VERBOSE) SYSTEM", "ALTER TABLE measurements DETACH PARTITION m2020 CONCURRENTLY",
			"ALTER TABLE IF EXISTS ONLY m DETACH PARTITION s.m2020 CONCURRENTLY", "VACUUM", "vacuum full",
			"VACUUM ANALYZE t", "VACUUM (VERBOSE, ANALYZE) t", "CREATE DATABASE d", "DROP DATABASE IF EXISTS d",
			"CREATE TABLESPACE ts LOCATION '/srv/ts'", "DROP TABLESPACE ts", "ALTER SYSTEM SET work_mem = '64MB'",
			"ALTER SYSTEM RESET ALL", "ALTER DATABASE d SET TABLESPACE ts",
			"CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p", "DROP SUBSCRIPTION IF EXISTS s",
			"ALTER SUBSCRIPTION s REFRESH PUBLICATION", "ALTER SUBSCRIPTION s SET PUBLICATION p",
			"ALTER SUBSCRIPTION s ADD PUBLICATION p", "CLUSTER", "CLUSTER VERBOSE", "CLUSTER (VERBOSE)", "DISCARD ALL",
			"COMMIT PREPARED 'tx1'", "ROLLBACK PREPARED 'tx1'" })
	void requiresAutocommit(String sql) {
		assertThat(TransactionRules.requiresAutocommit(statement(sql), PG17)).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "CREATE INDEX idx ON t (x)", "CREATE INDEX concurrently_idx ON t (x)",
			"CREATE INDEX \"concurrently\" ON t (x)", "CREATE INDEX /* CONCURRENTLY */ idx ON t (x)",
			"CREATE INDEX idx ON t (x) WHERE note = 'CONCURRENTLY'", "SELECT 'CREATE INDEX CONCURRENTLY'",
			"SELECT 1 -- VACUUM", "CREATE TABLE t (id int)", "CREATE TABLE concurrently (id int)",
			"INSERT INTO t VALUES (1)", "UPDATE t SET x = 1", "ALTER TABLE t ADD COLUMN c int",
			"ALTER TABLE t DETACH PARTITION p", "ALTER TABLE t DETACH PARTITION p FINALIZE",
			"ALTER TABLE t ATTACH PARTITION p FOR VALUES IN (1)", "DROP INDEX idx", "DROP TABLE t", "REINDEX TABLE t",
			"REINDEX INDEX idx", "REINDEX (VERBOSE) TABLE t", "ANALYZE t", "CLUSTER t USING idx", "CLUSTER VERBOSE t",
			"CLUSTER (VERBOSE) t", "CLUSTER idx ON t", "ALTER DATABASE d SET work_mem = '1MB'",
			"ALTER DATABASE d OWNER TO u", "ALTER SUBSCRIPTION s ENABLE", "ALTER SUBSCRIPTION \"S\" DISABLE",
			"ALTER SUBSCRIPTION s OWNER TO u", "ALTER SUBSCRIPTION s RENAME TO r", "DISCARD PLANS", "COMMIT",
			"ROLLBACK", "BEGIN", "PREPARE TRANSACTION 'tx1'", "REFRESH MATERIALIZED VIEW CONCURRENTLY mv",
			"DO $$ BEGIN EXECUTE 'VACUUM'; END $$", "COMMENT ON TABLE t IS 'VACUUM'",
			"CREATE FUNCTION vacuum_all() RETURNS void LANGUAGE sql AS 'SELECT 1'", "\"VACUUM\"",
			"ALTER TYPE mood RENAME VALUE 'a' TO 'b'", "ALTER TYPE mood ADD ATTRIBUTE value text" })
	void runsInATransaction(String sql) {
		assertThat(TransactionRules.requiresAutocommit(statement(sql), PG17)).isFalse();
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("addValue")
	void addValueRequiresAutocommitBeforePostgres12(String sql, int serverVersionNum, boolean expected) {
		assertThat(TransactionRules.requiresAutocommit(statement(sql), serverVersionNum)).isEqualTo(expected);
	}

	static Stream<Arguments> addValue() {
		return Stream.of(Arguments.of("ALTER TYPE mood ADD VALUE 'x'", 110000, true),
				Arguments.of("ALTER TYPE mood ADD VALUE 'x'", 110022, true),
				Arguments.of("ALTER TYPE mood ADD VALUE 'x'", 120000, false),
				Arguments.of("alter type mood add value if not exists 'x' before 'y'", 96000, true),
				Arguments.of("ALTER TYPE mood ADD VALUE 'x'", PG17, false),
				Arguments.of("ALTER TYPE mood RENAME VALUE 'a' TO 'b'", 110000, false));
	}

	@Test
	void decidesOnStatementsFromTheSplitter() {
		String text = "-- CREATE INDEX CONCURRENTLY in a comment\nCREATE TABLE t (x int);\n"
				+ "/* lead */ CREATE INDEX CONCURRENTLY idx ON t (x);\nVACUUM t";
		assertThat(new StatementSplitter().split("V1.sql", text, 1))
			.extracting((statement) -> TransactionRules.requiresAutocommit(statement, PG17))
			.containsExactly(false, true, true);
	}

	private static SqlStatement statement(String sql) {
		return new SqlStatement(sql, 1, 1, 0, sql.length());
	}

}
