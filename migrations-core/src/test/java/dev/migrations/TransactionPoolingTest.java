package dev.migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.migrations.lint.LintMode;
import dev.migrations.tenant.TenantMigrator;
import dev.migrations.testsupport.PgBouncer;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind PgBouncer in transaction mode (a pool of 2 server connections), where session
 * state does not survive a transaction: every statement runs with the configured
 * timeouts, none is left on a server connection for the next client, and a blocked
 * statement still names its blocker. Skipped where pgbouncer is not installed.
 */
@ExtendWith(PostgresExtension.class)
class TransactionPoolingTest {

	private static PgBouncer pgBouncer;

	@TempDir
	Path folder;

	@BeforeAll
	static void startPgBouncer() {
		pgBouncer = PgBouncer.start(PostgresServer.get(), "transaction", 2);
	}

	@AfterAll
	static void stopPgBouncer() {
		if (pgBouncer != null) {
			pgBouncer.close();
		}
	}

	private static Migrator migrator(DataSource dataSource, ScriptFolder scripts, MigrationListener listener) {
		return Migrator.builder(dataSource)
			.configuration(MigrationsConfiguration.builder()
				.locations(scripts.location())
				.lockTimeout(Duration.ofMillis(300))
				.lockRetryBackoff(Duration.ofMillis(100))
				.lintMode(LintMode.WARN)
				.build())
			.listener(listener)
			.build();
	}

	@Test
	void everyStatementRunsWithTheConfiguredTimeoutsAndNoServerConnectionKeepsThem(TestDatabase database)
			throws SQLException {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_seen.sql",
					"CREATE TABLE seen AS SELECT 'transaction' AS way, "
							+ "current_setting('lock_timeout') AS lock_timeout;",
					"DROP TABLE seen;")
			.migration("2_index.sql",
					"CREATE TABLE t (v int);\nINSERT INTO seen SELECT 'statement by statement', "
							+ "current_setting('lock_timeout');\nCREATE INDEX CONCURRENTLY t_v_idx ON t (v);",
					"DROP TABLE t;");
		DataSource dataSource = pgBouncer.dataSource(database);

		migrator(dataSource, scripts, MigrationListener.NONE).migrate().orThrow();

		assertThat(database.column("SELECT way || ': ' || lock_timeout FROM seen ORDER BY way"))
			.containsExactly("statement by statement: 300ms", "transaction: 300ms");
		assertThat(settingsOfTheServerConnections(dataSource)).containsOnly("lock_timeout 0, statement_timeout 0");
	}

	// two transactions open at once hold both server connections of the pool
	private static List<String> settingsOfTheServerConnections(DataSource dataSource) throws SQLException {
		List<String> settings = new ArrayList<>();
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			for (Connection connection : List.of(first, second)) {
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("SELECT 'lock_timeout ' || "
								+ "current_setting('lock_timeout') || ', statement_timeout ' || "
								+ "current_setting('statement_timeout')")) {
					row.next();
					settings.add(row.getString(1));
				}
			}
			first.rollback();
			second.rollback();
		}
		return settings;
	}

	@Test
	void aBlockedStatementNamesItsBlocker(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (id bigint PRIMARY KEY)");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_note.sql",
				"ALTER TABLE orders ADD COLUMN note text;", "ALTER TABLE orders DROP COLUMN note;");
		List<String> blockers = new CopyOnWriteArrayList<>();
		MigrationListener listener = new MigrationListener() {
			@Override
			public void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
				blockers.add(blockedBy);
			}
		};
		try (Connection holder = database.dataSource().getConnection();
				Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			int holderPid;
			try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid(), count(*) FROM orders")) {
				row.next();
				holderPid = row.getInt(1);
			}
			CompletableFuture<MigrateResult> migration = CompletableFuture
				.supplyAsync(() -> migrator(pgBouncer.dataSource(database), scripts, listener).migrate());
			Thread.sleep(1500);
			holder.commit();

			assertThat(migration.get(1, TimeUnit.MINUTES)).isInstanceOf(MigrateResult.Applied.class);
			assertThat(blockers).isNotEmpty().anySatisfy((seen) -> assertThat(seen).contains("pid " + holderPid));
		}
	}

	@Test
	void aTenantsStatementsLandInItsSchemaAndNoServerConnectionKeepsItsSearchPath(TestDatabase database)
			throws SQLException {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_accounts.sql",
					"CREATE TABLE accounts (owner text);\nINSERT INTO accounts VALUES (current_schema());",
					"DROP TABLE accounts;")
			.migration("2_index.sql",
					"INSERT INTO accounts VALUES ('${tenant}');\n"
							+ "CREATE INDEX CONCURRENTLY accounts_owner_idx ON ${tenant}.accounts (owner);",
					"DROP INDEX accounts_owner_idx;");
		DataSource dataSource = pgBouncer.dataSource(database);
		// 2 server connections: one tenant at a time (each takes 2)
		TenantMigrator tenants = TenantMigrator.builder(migrator(dataSource, scripts, MigrationListener.NONE))
			.parallelism(1)
			.build();

		assertThat(tenants.migrateAll(List.of("acme", "globex")).succeeded()).isTrue();

		assertThat(database.column("SELECT owner FROM acme.accounts ORDER BY owner")).containsExactly("acme", "acme");
		assertThat(database
			.column("SELECT indexname FROM pg_indexes WHERE schemaname = 'globex' AND tablename = 'accounts'"))
			.containsExactly("accounts_owner_idx");
		assertThat(database.tableExists("public.accounts")).isFalse();
		assertThat(searchPathsOfTheServerConnections(dataSource)).containsOnly("\"$user\", public");
	}

	private static List<String> searchPathsOfTheServerConnections(DataSource dataSource) throws SQLException {
		List<String> paths = new ArrayList<>();
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			for (Connection connection : List.of(first, second)) {
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("SHOW search_path")) {
					row.next();
					paths.add(row.getString(1));
				}
			}
			first.rollback();
			second.rollback();
		}
		return paths;
	}

}
