package dev.migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.migrations.internal.lock.AdvisoryLock;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One migrator at a time per database: parallel migrators, a killed lock holder, a waiter
 * that gives up, and CONCURRENTLY under the lock.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrencyTest {

	private static final int MIGRATIONS = 20;

	@TempDir
	Path folder;

	private ScriptFolder tinyMigrations() {
		ScriptFolder scripts = new ScriptFolder(this.folder);
		for (int i = 1; i <= MIGRATIONS; i++) {
			scripts.migration(
					String.format("%03d_table_%d.sql", i, i), "CREATE TABLE t_" + i
							+ " (id bigserial PRIMARY KEY, name text);\nCREATE INDEX ON t_" + i + " (name);",
					"DROP TABLE t_" + i + ";");
		}
		return scripts;
	}

	@Test
	void eightParallelMigratorsApplyEachMigrationExactlyOnce(TestDatabase database) throws Exception {
		ScriptFolder scripts = tinyMigrations();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MigrateResult>> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Migrator migrator = migrator(database, scripts,
					MigrationsConfiguration.builder().lockWaitTimeout(Duration.ofMinutes(2)));
			results.add(pool.submit(() -> {
				start.await();
				return migrator.migrate();
			}));
		}
		start.countDown();
		int appliedInTotal = 0;
		for (Future<MigrateResult> result : results) {
			MigrateResult outcome = result.get(2, TimeUnit.MINUTES);
			assertThat(outcome).isNotInstanceOf(MigrateResult.Failed.class);
			appliedInTotal += outcome.applied().size();
		}
		pool.shutdown();

		assertThat(appliedInTotal).isEqualTo(MIGRATIONS);
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo(String.valueOf(MIGRATIONS));
		assertThat(database.value("SELECT count(*) FROM pg_tables WHERE tablename LIKE 't\\_%'"))
			.isEqualTo(String.valueOf(MIGRATIONS));
	}

	@Test
	void theNextRunProceedsWhenTheLockHolderIsKilledMidRun(TestDatabase database) throws Exception {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE t;")
			.migration("2_slow.sql", "CREATE TABLE slow (id bigint);\nSELECT pg_sleep(30);", "DROP TABLE slow;")
			.migration("3_u.sql", "CREATE TABLE u (id bigint);", "DROP TABLE u;");
		CompletableFuture<MigrateResult> first = CompletableFuture.supplyAsync(() -> migrator(database, scripts,
				MigrationsConfiguration.builder().lockWaitTimeout(Duration.ofSeconds(5)))
			.migrate());
		awaitQuery(database, "SELECT pg_sleep(30)");

		database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
				+ "AND pid <> pg_backend_pid() AND application_name = 'migrations-tests'");

		assertThat(first.get(1, TimeUnit.MINUTES)).isInstanceOf(MigrateResult.Failed.class);
		assertThat(database.column("SELECT version FROM schema_migrations")).containsExactly("1");
		// the slow migration was rolled back with its connection: it was never applied,
		// so it may change
		scripts.migration("2_slow.sql", "CREATE TABLE slow (id bigint);", "DROP TABLE slow;");
		MigrateResult second = migrator(database, scripts,
				MigrationsConfiguration.builder().lockWaitTimeout(Duration.ofSeconds(5)))
			.migrate();
		assertThat(second).isInstanceOf(MigrateResult.Applied.class);
		assertThat(database.column("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2",
				"3");
	}

	@Test
	void aWaiterGivesUpAfterTheTimeoutNamingTheHolder(TestDatabase database) throws SQLException {
		ScriptFolder scripts = tinyMigrations();
		Migrator migrator = migrator(database, scripts,
				MigrationsConfiguration.builder().lockWaitTimeout(Duration.ofMillis(300)));
		long key = AdvisoryLock.keyOf("\"public\".\"schema_migrations\"");
		try (Connection holder = database.dataSource().getConnection()) {
			int holderPid = lock(holder, key);

			MigrateResult result = migrator.migrate();

			assertThat(result).isInstanceOf(MigrateResult.Failed.class);
			assertThat(((MigrateResult.Failed) result).error()).isInstanceOf(LockException.class)
				.hasMessageContaining("held by pid " + holderPid)
				.hasMessageContaining("the lockWaitTimeout setting");
		}
		assertThat(database.tableExists("t_1")).isFalse();
	}

	@Test
	void theLockNeverBlocksCreateIndexConcurrently(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (id bigint, customer_id bigint)",
				"INSERT INTO orders SELECT g, g % 100 FROM generate_series(1, 10000) g");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_index.sql",
				"CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);",
				"DROP INDEX CONCURRENTLY idx_orders_customer_id;");

		// a lock held in a transaction by another connection of the migrator would make
		// this wait forever
		MigrateResult result = CompletableFuture
			.supplyAsync(() -> migrator(database, scripts,
					MigrationsConfiguration.builder().lockWaitTimeout(Duration.ofSeconds(5)))
				.migrate())
			.get(60, TimeUnit.SECONDS);

		assertThat(result).isInstanceOf(MigrateResult.Applied.class);
	}

	private static int lock(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT pg_advisory_lock(?), pg_backend_pid()")) {
			statement.setLong(1, key);
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getInt(2);
			}
		}
	}

	private static void awaitQuery(TestDatabase database, String query) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			if (!database.column("SELECT pid FROM pg_stat_activity WHERE query = '" + query + "' AND state = 'active'")
				.isEmpty()) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("The query never started: " + query);
	}

}
