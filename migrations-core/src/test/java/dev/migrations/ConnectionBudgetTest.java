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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.testsupport.Pools;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run holds at most two connections, the lock's and then its work connection, and a
 * waiter none between its tries: migrators sharing a pool of two take turns, and a pool
 * too small for one fails fast naming the setting to raise.
 */
@ExtendWith(PostgresExtension.class)
class ConnectionBudgetTest {

	@TempDir
	Path folder;

	@Test
	void anApplicationPoolOfOneFailsFastNamingItsMaximumPoolSize(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		try (HikariDataSource pool = Pools.of(database, 1)) {
			long start = System.nanoTime();

			MigrateResult result = Migrator.builder(pool)
				.configuration(MigrationsConfiguration.builder().locations(scripts.location()).build())
				.build()
				.migrate();

			assertThat(result).isInstanceOf(MigrateResult.Failed.class);
			assertThat(((MigrateResult.Failed) result).error())
				.hasMessageContaining("gave no second connection, for its work, within 10 s")
				.hasMessageContaining("A migrator needs 2 connections at once")
				.hasMessageContaining("spring.datasource.hikari.maximum-pool-size")
				.hasMessageContaining("default_pool_size");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
		}
		assertThat(database.tableExists("schema_migrations")).isFalse();
		assertThat(database.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo("0");
	}

	@Test
	void fourMigratorsSharingAPoolOfTwoTakeTurns(TestDatabase database) throws Exception {
		ScriptFolder scripts = new ScriptFolder(this.folder);
		for (int i = 1; i <= 5; i++) {
			scripts.migration(i + "_t" + i + ".sql", "CREATE TABLE t" + i + " (id bigint);\nSELECT pg_sleep(0.2);",
					"DROP TABLE t" + i + ";");
		}
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try (HikariDataSource pool = Pools.of(database, 2)) {
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<MigrateResult>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Migrator migrator = Migrator.builder(pool)
					.configuration(MigrationsConfiguration.builder().locations(scripts.location()).build())
					.build();
				runs.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return migrator.migrate();
				}, threads));
			}
			start.countDown();
			int applied = 0;
			for (CompletableFuture<MigrateResult> run : runs) {
				MigrateResult result = run.get(2, TimeUnit.MINUTES);
				assertThat(result).isNotInstanceOf(MigrateResult.Failed.class);
				applied += result.applied().size();
			}
			assertThat(applied).isEqualTo(5);
		}
		finally {
			threads.shutdown();
		}
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("5");
	}

	@Test
	void aRunHoldsTwoConnectionsEvenWhileItNamesWhatBlocksIt(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (id bigint PRIMARY KEY)");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_note.sql",
				"ALTER TABLE orders ADD COLUMN note text;", "ALTER TABLE orders DROP COLUMN note;");
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(database.jdbcUrl());
		dataSource.setUser(database.server().user());
		dataSource.setPassword(database.server().password());
		dataSource.setApplicationName("budget");
		List<String> blockers = new CopyOnWriteArrayList<>();
		MigrationListener listener = new MigrationListener() {
			@Override
			public void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
				blockers.add(blockedBy);
			}
		};
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger most = new AtomicInteger();
		try (Connection holder = database.dataSource().getConnection()) {
			int holderPid = holdAccessShare(holder);
			CompletableFuture<Void> counting = CompletableFuture.runAsync(() -> count(database, running, most));
			CompletableFuture<MigrateResult> migration = CompletableFuture
				.supplyAsync(() -> Migrator.builder(dataSource)
					.configuration(MigrationsConfiguration.builder()
						.locations(scripts.location())
						.lockTimeout(Duration.ofMillis(400))
						.lockRetryBackoff(Duration.ofMillis(100))
						.build())
					.listener(listener)
					.build()
					.migrate());
			Thread.sleep(2000);
			holder.commit();

			assertThat(migration.get(1, TimeUnit.MINUTES)).isInstanceOf(MigrateResult.Applied.class);
			running.set(false);
			counting.get(1, TimeUnit.MINUTES);
			assertThat(blockers).isNotEmpty().anySatisfy((seen) -> assertThat(seen).contains("pid " + holderPid));
		}
		assertThat(most.get()).as("connections the run held at once").isEqualTo(2);
	}

	private static int holdAccessShare(Connection holder) throws SQLException {
		holder.setAutoCommit(false);
		try (Statement statement = holder.createStatement();
				ResultSet row = statement.executeQuery("SELECT pg_backend_pid(), count(*) FROM orders")) {
			row.next();
			return row.getInt(1);
		}
	}

	private static void count(TestDatabase database, AtomicBoolean running, AtomicInteger most) {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			while (running.get()) {
				try (ResultSet row = statement
					.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'budget'")) {
					row.next();
					most.accumulateAndGet(row.getInt(1), Math::max);
				}
				Thread.sleep(10);
			}
		}
		catch (SQLException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
