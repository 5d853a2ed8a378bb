package dev.migrations.internal.sql.ddl;

import java.util.stream.Stream;

import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.StatementSplitter;
import dev.migrations.lint.LockLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StatementClassifier}: one reading of a statement, which the linter,
 * the plan and the runner all take.
 */
class StatementClassifierTest {

	private static final int PG17 = 170002;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "CREATE INDEX CONCURRENTLY idx ON t (x)", "create unique index concurrently idx on t(x)",
			"CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON t (x)", "CREATE INDEX CONCURRENTLY ON t (x)",
			"CREATE INDEX /* why */ CONCURRENTLY idx ON t (x)", "CREATE UNIQUE INDEX\n  CONCURRENTLY idx ON t (x)",
			"DROP INDEX CONCURRENTLY idx", "drop index concurrently if exists idx", "REINDEX INDEX CONCURRENTLY idx",
			"REINDEX TABLE CONCURRENTLY t", "REINDEX (VERBOSE) TABLE CONCURRENTLY t", "REINDEX (CONCURRENTLY) TABLE t",
			"REINDEX (CONCURRENTLY true) TABLE t", "REINDEX (VERBOSE, CONCURRENTLY 'on') INDEX i",
			"REINDEX (CONCURRENTLY maybe) TABLE t", "REINDEX SCHEMA CONCURRENTLY s", "REINDEX SCHEMA public",
			"REINDEX DATABASE app", "REINDEX (VERBOSE) SYSTEM",
			"ALTER TABLE measurements DETACH PARTITION m2020 CONCURRENTLY",
			"ALTER TABLE IF EXISTS ONLY m DETACH PARTITION s.m2020 CONCURRENTLY", "VACUUM", "vacuum full",
			"VACUUM ANALYZE t", "VACUUM (VERBOSE, ANALYZE) t", "CREATE DATABASE d", "DROP DATABASE IF EXISTS d",
			"CREATE TABLESPACE ts LOCATION '/srv/ts'", "DROP TABLESPACE ts", "ALTER SYSTEM SET work_mem = '64MB'",
			"ALTER SYSTEM RESET ALL", "ALTER DATABASE d SET TABLESPACE ts",
			"CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p", "DROP SUBSCRIPTION IF EXISTS s",
			"ALTER SUBSCRIPTION s REFRESH PUBLICATION", "ALTER SUBSCRIPTION s SET PUBLICATION p",
			"ALTER SUBSCRIPTION s ADD PUBLICATION p", "CLUSTER", "CLUSTER VERBOSE", "CLUSTER (VERBOSE)", "DISCARD ALL",
			"COMMIT PREPARED 'tx1'", "ROLLBACK PREPARED 'tx1'" })
	void requiresAutocommit(String sql) {
		assertThat(requiresAutocommit(statement(sql), PG17)).isTrue();
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
			"ALTER TYPE mood RENAME VALUE 'a' TO 'b'", "ALTER TYPE mood ADD ATTRIBUTE value text",
			"REINDEX (CONCURRENTLY false) TABLE t", "REINDEX (CONCURRENTLY 'off') INDEX i",
			"REINDEX (VERBOSE, CONCURRENTLY 0) TABLE t" })
	void runsInATransaction(String sql) {
		assertThat(requiresAutocommit(statement(sql), PG17)).isFalse();
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("addValue")
	void addValueRequiresAutocommitBeforePostgres12(String sql, int serverVersionNum, boolean expected) {
		assertThat(requiresAutocommit(statement(sql), serverVersionNum)).isEqualTo(expected);
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
			.extracting((statement) -> requiresAutocommit(statement, PG17))
			.containsExactly(false, true, true);
	}

	@Test
	void theLinterAndTheRunnerAgreeThatConcurrentlyFalseIsAnOrdinaryReindex() {
		StatementDescription off = describe("REINDEX (CONCURRENTLY false) TABLE orders");
		StatementDescription on = describe("REINDEX (CONCURRENTLY) TABLE orders");

		assertThat(off.command()).isInstanceOfSatisfying(Command.Reindex.class,
				(reindex) -> assertThat(reindex.concurrently()).isFalse());
		assertThat(off.refusesTransactionBlock(PG17)).isFalse();
		assertThat(off.longRunning()).isFalse();
		assertThat(off.relations()).containsExactly(
				new RelationLock(new TableName(null, "orders"), RelationLock.Kind.TABLE, LockLevel.SHARE, false));
		assertThat(on.command()).isInstanceOfSatisfying(Command.Reindex.class,
				(reindex) -> assertThat(reindex.concurrently()).isTrue());
		assertThat(on.refusesTransactionBlock(PG17)).isTrue();
		assertThat(on.longRunning()).isTrue();
		assertThat(on.relations()).extracting(RelationLock::level).containsExactly(LockLevel.SHARE_UPDATE_EXCLUSIVE);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "CREATE INDEX CONCURRENTLY idx ON t (x)", "CREATE INDEX CONCURRENTLY ON t (x)",
			"REINDEX INDEX CONCURRENTLY idx", "ALTER TABLE t VALIDATE CONSTRAINT c",
			"ALTER TABLE t ADD COLUMN x int, VALIDATE CONSTRAINT c" })
	void longRunningStatementsHoldNoLockThatBlocksReadsAndWrites(String sql) {
		StatementDescription description = describe(sql);

		assertThat(description.longRunning()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "CREATE INDEX idx ON t (x)", "REINDEX INDEX idx", "ALTER TABLE t ADD COLUMN x int",
			"SELECT 'VALIDATE CONSTRAINT'", "UPDATE t SET x = 1" })
	void otherStatementsAreNotLongRunning(String sql) {
		assertThat(describe(sql).longRunning()).isFalse();
	}

	@Test
	void namesTheRelationsAStatementLocksAndTheLockOnEach() {
		assertThat(describe("ALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id)").relations())
			.containsExactly(lock("orders", LockLevel.ACCESS_EXCLUSIVE),
					lock("customers", LockLevel.SHARE_ROW_EXCLUSIVE));
		assertThat(describe("CREATE TABLE items (id int, order_id int REFERENCES orders (id))").relations())
			.containsExactly(new RelationLock(new TableName(null, "items"), RelationLock.Kind.TABLE,
					LockLevel.ACCESS_EXCLUSIVE, true), lock("orders", LockLevel.SHARE_ROW_EXCLUSIVE));
		assertThat(describe("DROP INDEX CONCURRENTLY idx_orders").relations()).containsExactly(
				new RelationLock(new TableName(null, "idx_orders"), RelationLock.Kind.TABLE_OF_INDEX,
						LockLevel.SHARE_UPDATE_EXCLUSIVE, false),
				new RelationLock(new TableName(null, "idx_orders"), RelationLock.Kind.INDEX,
						LockLevel.SHARE_UPDATE_EXCLUSIVE, false));
		assertThat(describe("SELECT 1").relations()).isEmpty();
	}

	@Test
	void aRenamedTableIsNamedByBothItsNames() {
		assertThat(describe("ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated").relationNames())
			.containsExactly(new TableName(null, "legacy_events"), new TableName(null, "_legacy_events_deprecated"));
	}

	@Test
	void theBuildTheIndexGuardWatchesIsANamedConcurrentOne() {
		assertThat(describe("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx ON s.t (x)").concurrentIndexBuild())
			.satisfies((build) -> {
				assertThat(build.index()).isEqualTo(new TableName(null, "idx"));
				assertThat(build.table()).isEqualTo(new TableName("s", "t"));
				assertThat(build.ifNotExists()).isTrue();
			});
		assertThat(describe("CREATE INDEX CONCURRENTLY ON t (x)").concurrentIndexBuild()).isNull();
		assertThat(describe("CREATE INDEX idx ON t (x)").concurrentIndexBuild()).isNull();
	}

	private static RelationLock lock(String table, LockLevel level) {
		return new RelationLock(new TableName(null, table), RelationLock.Kind.TABLE, level, false);
	}

	private static boolean requiresAutocommit(SqlStatement statement, int serverVersionNum) {
		return StatementClassifier.describe(statement).refusesTransactionBlock(serverVersionNum);
	}

	private static StatementDescription describe(String sql) {
		return StatementClassifier.describe(statement(sql));
	}

	private static SqlStatement statement(String sql) {
		return new SqlStatement(sql, 1, 1, 0, sql.length());
	}

}
