package dev.migrations;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import dev.migrations.lint.LockLevel;
import dev.migrations.lint.MigrationPlan;
import dev.migrations.lint.TableLock;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The locks the plan names are the locks PostgreSQL takes. Each statement form runs on a
 * real server: inside a transaction that is rolled back, reading {@code pg_locks} before
 * the end; or, for the forms that cannot run in a transaction block, alone in autocommit
 * while a second session makes it wait, reading its locks from a third. The plan of the
 * same statement, made against the same catalog, must name the same relations at the same
 * levels.
 * <p>
 * What is compared: the strongest lock on each relation that existed before the statement
 * (what it creates nobody can be waiting for). ACCESS SHARE is left out (it conflicts
 * only with ACCESS EXCLUSIVE, and the plan names what blocks the application). A lock on
 * an index counts only when the statement names the index: the locks PostgreSQL takes on
 * a table's indexes while it works on the table are covered by the table's lock.
 */
class LockTruthTest {

	private static TestDatabase database;

	@BeforeAll
	static void createSchema() {
		database = PostgresServer.get().createDatabase();
		database.execute(LockTruthCases.SCHEMA);
	}

	@AfterAll
	static void dropSchema() {
		database.server().dropSoon(database.name());
	}

	static final List<String> inTransaction = LockTruthCases.IN_TRANSACTION;

	static final List<LockTruthCases.Alone> alone = LockTruthCases.ALONE;

	static final List<LockTruthCases.Gap> gaps = LockTruthCases.GAPS;

	@ParameterizedTest(name = "{0}")
	@FieldSource("inTransaction")
	void planNamesTheLocksPostgresqlTakesInATransaction(String sql) throws SQLException {
		int serverVersion = serverVersion(database);
		assumeTrue(serverVersion >= LockTruthCases.since(sql), "PostgreSQL " + serverVersion + " has no such form");
		Map<String, LockLevel> taken = takenInATransaction(sql);
		Map<String, LockLevel> planned = planned(database, sql);
		if (serverVersion < 140000 && LockTruthCases.strongerSince14(sql)) {
			assertThat(planned.keySet()).as("the plan of %s", sql).isEqualTo(taken.keySet());
			taken.forEach((relation, level) -> assertThat(planned.get(relation).max(level))
				.as("the plan's lock on %s, at least PostgreSQL's", relation)
				.isEqualTo(planned.get(relation)));
			return;
		}
		assertThat(planned).as("the plan of %s", sql).isEqualTo(taken);
	}

	private static int serverVersion(TestDatabase db) {
		return Integer.parseInt(db.value("SHOW server_version_num"));
	}

	private static Map<String, LockLevel> takenInATransaction(String sql) throws SQLException {
		try (Connection connection = database.dataSource().getConnection()) {
			Map<Long, Relation> before = relations(connection);
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql);
				return taken(connection, "pg_backend_pid()", before, sql);
			}
			finally {
				connection.rollback();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("gaps")
	void planNamesAllButOneRelationWhereTheCatalogCannotTell(LockTruthCases.Gap gap) throws SQLException {
		Map<String, LockLevel> taken = takenInATransaction(gap.sql());
		assertThat(taken).containsKey(gap.missing());
		taken.remove(gap.missing());
		assertThat(planned(database, gap.sql())).as("the plan of %s", gap.sql()).isEqualTo(taken);
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("alone")
	void planNamesTheLocksPostgresqlTakesOutsideATransaction(LockTruthCases.Alone form) throws Exception {
		int serverVersion = serverVersion(database);
		assumeTrue(serverVersion >= LockTruthCases.since(form.sql()),
				"PostgreSQL " + serverVersion + " has no such form");
		TestDatabase fresh = PostgresServer.get().createDatabase();
		try {
			fresh.execute(LockTruthCases.SCHEMA);
			Map<String, LockLevel> planned = planned(fresh, form.sql());
			assertThat(planned).as("the plan of %s", form.sql()).isEqualTo(observeWhileWaiting(fresh, form));
		}
		finally {
			fresh.server().dropSoon(fresh.name());
		}
	}

	/**
	 * Runs the statement in autocommit while a second session holds a transaction that
	 * makes it wait, and reads the locks it holds or asks for from a third.
	 */
	private static Map<String, LockLevel> observeWhileWaiting(TestDatabase db, LockTruthCases.Alone form)
			throws Exception {
		try (Connection blocker = db.dataSource().getConnection();
				Connection runner = db.dataSource().getConnection();
				Connection observer = db.dataSource().getConnection()) {
			Map<Long, Relation> before = relations(observer);
			blocker.setAutoCommit(false);
			try (Statement statement = blocker.createStatement()) {
				statement.execute(form.blocker());
			}
			int pid = pid(runner);
			CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
				try (Statement statement = runner.createStatement()) {
					statement.execute(form.sql());
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitWaiting(observer, pid);
			Map<String, LockLevel> taken = taken(observer, Integer.toString(pid), before, form.sql());
			blocker.commit();
			running.get();
			return taken;
		}
	}

	private static Map<String, LockLevel> planned(TestDatabase db, String sql) {
		MigrationFile file = new MigrationFile("V1__form.sql", "V1__form.sql", sql.getBytes(StandardCharsets.UTF_8));
		MigrationPlan plan = Migrator.builder(db.dataSource()).sources(() -> List.of(file)).build().plan();
		Map<String, LockLevel> planned = new TreeMap<>();
		for (TableLock lock : plan.migrations().get(0).statements().get(0).locks()) {
			if (!lock.newTable() && lock.level() != LockLevel.ACCESS_SHARE) {
				planned.merge(lock.table(), lock.level(), LockLevel::max);
			}
		}
		return planned;
	}

	private static Map<String, LockLevel> taken(Connection connection, String pid, Map<Long, Relation> before,
			String sql) throws SQLException {
		Map<String, LockLevel> taken = new TreeMap<>();
		String query = "SELECT relation::bigint, mode FROM pg_locks WHERE locktype = 'relation' AND pid = " + pid;
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				Relation relation = before.get(rows.getLong(1));
				LockLevel level = level(rows.getString(2));
				if (relation != null && level != LockLevel.ACCESS_SHARE
						&& (!relation.index() || names(sql, relation))) {
					taken.merge(relation.qualified(), level, LockLevel::max);
				}
			}
		}
		return taken;
	}

	private static boolean names(String sql, Relation relation) {
		return Pattern.compile("\\b" + Pattern.quote(relation.name()) + "\\b", Pattern.CASE_INSENSITIVE)
			.matcher(sql)
			.find();
	}

	private static LockLevel level(String mode) {
		String name = mode.substring(0, mode.length() - "Lock".length())
			.replaceAll("([a-z])([A-Z])", "$1_$2")
			.toUpperCase(Locale.ROOT);
		return LockLevel.valueOf(name);
	}

	/**
	 * The relations of the test schema by OID, read before the statement: a relation it
	 * drops or renames is still known by its old name.
	 */
	private static Map<Long, Relation> relations(Connection connection) throws SQLException {
		Map<Long, Relation> relations = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT c.oid::bigint, c.relname, c.relkind IN ('i', 'I') "
						+ "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'")) {
			while (rows.next()) {
				relations.put(rows.getLong(1), new Relation(rows.getString(2), rows.getBoolean(3)));
			}
		}
		return relations;
	}

	/**
	 * A relation of the test schema.
	 *
	 * @param name its name
	 * @param index whether it is an index
	 */
	private record Relation(String name, boolean index) {

		String qualified() {
			return "public." + this.name;
		}

	}

	private static int pid(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
			row.next();
			return row.getInt(1);
		}
	}

	private static void awaitWaiting(Connection observer, int pid) throws Exception {
		for (int i = 0; i < 500; i++) {
			try (Statement statement = observer.createStatement();
					ResultSet row = statement
						.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted AND pid = " + pid)) {
				row.next();
				if (row.getInt(1) > 0) {
					return;
				}
			}
			Thread.sleep(10);
		}
		throw new IllegalStateException("the statement never waited for the blocking session");
	}

}
