package dev.migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.migrations.testsupport.Migrators;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that needs a lock another transaction holds waits no longer than
 * {@code lock_timeout}, so the application is never queued behind it for longer, and
 * retries until the holder is gone.
 */
@ExtendWith(PostgresExtension.class)
class LockTimeoutTest {

	private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);

	@TempDir
	Path folder;

	private static Migrator migrator(TestDatabase database, ScriptFolder scripts, int retries,
			MigrationListener listener) {
		return Migrators
			.migrator(database, scripts,
					MigrationsConfiguration.builder()
						.lockTimeout(LOCK_TIMEOUT)
						.lockRetries(retries)
						.lockRetryBackoff(Duration.ofMillis(100)))
			.toBuilder()
			.listener(listener)
			.build();
	}

	@Test
	void retriesUntilTheHolderCommitsWithoutQueueingReadersForLongerThanTheLockTimeout(TestDatabase database)
			throws Exception {
		database.execute("CREATE TABLE orders (id bigint PRIMARY KEY, status text)",
				"INSERT INTO orders SELECT g, 'new' FROM generate_series(1, 1000) g");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_add_note.sql",
				"ALTER TABLE orders ADD COLUMN note text;", "ALTER TABLE orders DROP COLUMN note;");
		List<String> retries = new CopyOnWriteArrayList<>();
		CountDownLatch retried = new CountDownLatch(2);
		MigrationListener listener = new MigrationListener() {
			@Override
			public void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
				retries.add(blockedBy);
				retried.countDown();
			}
		};
		AtomicBoolean reading = new AtomicBoolean(true);
		AtomicLong slowestRead = new AtomicLong();
		try (Connection holder = database.dataSource().getConnection()) {
			int holderPid = holdAccessShare(holder);
			CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> read(database, reading, slowestRead));
			CompletableFuture<MigrateResult> migration = CompletableFuture
				.supplyAsync(() -> migrator(database, scripts, 20, listener).migrate());
			// the holder lets go once the migration has timed out and retried twice, with
			// the reader running all along
			assertThat(retried.await(1, TimeUnit.MINUTES)).as("the migration retried twice").isTrue();
			holder.commit();

			MigrateResult result = migration.get(1, TimeUnit.MINUTES);
			reading.set(false);
			reader.get(1, TimeUnit.MINUTES);

			assertThat(result).isInstanceOf(MigrateResult.Applied.class);
			assertThat(retries).isNotEmpty()
				.anySatisfy((blockers) -> assertThat(blockers).contains("pid " + holderPid));
			assertThat(database.columns("orders")).contains("note");
			System.out.printf("slowest read while the migration retried: %d ms (lock_timeout %d ms)%n",
					slowestRead.get(), LOCK_TIMEOUT.toMillis());
			assertThat(slowestRead.get()).isLessThan(LOCK_TIMEOUT.toMillis() + 1000);
		}
	}

	@Test
	void failsNamingTheBlockerAndThePropertiesWhenRetriesRunOut(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (id bigint PRIMARY KEY)");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_add_note.sql",
				"ALTER TABLE orders ADD COLUMN note text;", "ALTER TABLE orders DROP COLUMN note;");
		try (Connection holder = database.dataSource().getConnection()) {
			int holderPid = holdAccessShare(holder);

			MigrateResult result = migrator(database, scripts, 2, MigrationListener.NONE).migrate();

			assertThat(result).isInstanceOf(MigrateResult.Failed.class);
			StatementException error = (StatementException) ((MigrateResult.Failed) result).error();
			assertThat(error.getSqlState()).isEqualTo("55P03");
			assertThat(error)
				.hasMessageStartingWith("1_add_note.sql:2:1: ERROR: canceling statement due to lock timeout")
				.hasMessageContaining("Gave up after 2 retries")
				.hasMessageContaining("Blocked by pid " + holderPid)
				.hasMessageContaining("the lockTimeout setting or the lockRetries setting");
		}
		assertThat(database.column("SELECT version FROM schema_migrations")).isEmpty();
	}

	@Test
	void runsEachMigrationWithTheConfiguredLockTimeout(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_settings.sql",
				"CREATE TABLE seen AS SELECT current_setting('lock_timeout') AS lock_timeout;", "DROP TABLE seen;");

		migrator(database, scripts, 0, MigrationListener.NONE).migrate().orThrow();

		assertThat(database.value("SELECT lock_timeout FROM seen")).isEqualTo("300ms");
	}

	private static int holdAccessShare(Connection holder) throws SQLException {
		holder.setAutoCommit(false);
		try (Statement statement = holder.createStatement();
				ResultSet row = statement.executeQuery("SELECT pg_backend_pid(), count(*) FROM orders")) {
			row.next();
			return row.getInt(1);
		}
	}

	private static void read(TestDatabase database, AtomicBoolean reading, AtomicLong slowest) {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			while (reading.get()) {
				long start = System.nanoTime();
				statement.executeQuery("SELECT count(*) FROM orders").close();
				slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
				Thread.sleep(20);
			}
		}
		catch (SQLException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
