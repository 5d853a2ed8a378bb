package dev.migrations.internal.lock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import dev.migrations.LockException;
import dev.migrations.internal.postgres.Connector;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The lock held in an open transaction holds no snapshot, so that the statements that
 * wait for older snapshots or for the table's lockers run to their end while it is held
 * (on PostgreSQL 13 and 17 in CI: {@code -Dpg=13}); it survives the server's idle
 * timeouts and a non-default isolation, and tells when it is lost.
 */
@ExtendWith(PostgresExtension.class)
class HeldLockTest {

	private static final String TABLE = "\"public\".\"schema_migrations\"";

	private static HeldLock acquire(TestDatabase database) {
		return new AdvisoryLock(new Connector(database.dataSource()), TABLE).acquire(Duration.ofSeconds(5), null);
	}

	private static String backend(TestDatabase database, int pid) {
		return database.value("SELECT state || ', xmin ' || coalesce(backend_xmin::text, 'none') || ', xid '"
				+ " || coalesce(backend_xid::text, 'none') FROM pg_stat_activity WHERE pid = " + pid);
	}

	@Test
	void holdsNoSnapshotAndNoTransactionIdWhileHeld(TestDatabase database) throws Exception {
		try (HeldLock lock = acquire(database)) {
			assertThat(backend(database, lock.fence().pid())).isEqualTo("idle in transaction, xmin none, xid none");
			String read = lock.read((connection) -> "read");
			Thread.sleep(1100);
			lock.verify();

			assertThat(read).isEqualTo("read");
			assertThat(backend(database, lock.fence().pid())).isEqualTo("idle in transaction, xmin none, xid none");
			assertThat(database.value("SELECT query FROM pg_stat_activity WHERE pid = " + lock.fence().pid()))
				.isEqualTo(HeldLock.KEEP_ALIVE);
		}
	}

	@Test
	void concurrentBuildsReindexesDropsAndDetachesRunToTheirEndWhileTheLockIsHeld(TestDatabase database)
			throws Exception {
		database.execute("CREATE TABLE orders (id bigint, customer_id bigint)",
				"INSERT INTO orders SELECT g, g % 100 FROM generate_series(1, 10000) g",
				"CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at)",
				"CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
		boolean detachConcurrently = Integer.parseInt(database.value("SHOW server_version_num")) >= 140000;
		try (HeldLock lock = acquire(database);
				Connection other = database.dataSource().getConnection();
				Statement statement = other.createStatement()) {
			lock.read((connection) -> null);
			// each would wait for the lock's transaction and fail here if it held a
			// snapshot
			statement.execute("SET lock_timeout = '3s'");
			statement.execute("CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id)");
			statement.execute("REINDEX INDEX CONCURRENTLY orders_customer_idx");
			statement.execute("DROP INDEX CONCURRENTLY orders_customer_idx");
			if (detachConcurrently) {
				statement.execute("ALTER TABLE events DETACH PARTITION events_2026 CONCURRENTLY");
			}
			lock.verify();
		}
		assertThat(database.value("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo("0");
		assertThat(database.tableExists("orders_customer_idx")).isFalse();
		assertThat(database.value("SELECT count(*) FROM pg_inherits")).isEqualTo(detachConcurrently ? "0" : "1");
	}

	@Test
	void aSelectLeftOpenInTheLockTransactionIsWhatMakesConcurrentBuildsWait(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (id bigint, customer_id bigint)");
		try (Connection holder = database.dataSource().getConnection();
				Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			int pid;
			try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
				row.next();
				pid = row.getInt(1);
			}
			// what a transactional lock taken with pgjdbc leaves behind: its SELECT's
			// portal, and the portal's snapshot
			statement.executeQuery("SELECT pg_try_advisory_xact_lock(42)").close();

			assertThat(backend(database, pid)).startsWith("idle in transaction, xmin ").doesNotContain("xmin none");
			assertThat(build(database, "orders_a_idx")).contains("55P03");

			statement.execute("SET LOCAL idle_in_transaction_session_timeout = 0");

			assertThat(backend(database, pid)).isEqualTo("idle in transaction, xmin none, xid none");
			assertThat(build(database, "orders_b_idx")).isEqualTo("built");
		}
	}

	private static String build(TestDatabase database, String index) {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SET lock_timeout = '1s'");
			statement.execute("CREATE INDEX CONCURRENTLY " + index + " ON orders (customer_id)");
			return "built";
		}
		catch (SQLException ex) {
			database.execute("DROP INDEX IF EXISTS " + index);
			return ex.getSQLState() + ": " + ex.getMessage();
		}
	}

	@Test
	void survivesTheServersIdleInTransactionTimeoutAndARepeatableReadDefault(TestDatabase database) throws Exception {
		database.execute("ALTER DATABASE " + database.name() + " SET idle_in_transaction_session_timeout = '300ms'",
				"ALTER DATABASE " + database.name() + " SET default_transaction_isolation = 'repeatable read'");
		try (HeldLock lock = acquire(database)) {
			Thread.sleep(1200);

			lock.verify();
			assertThat(backend(database, lock.fence().pid())).isEqualTo("idle in transaction, xmin none, xid none");
			assertThat(locks(database)).containsExactly(lock.fence().pid());
		}
		assertThat(locks(database)).isEmpty();
	}

	@Test
	void tellsWhenItsConnectionWasEnded(TestDatabase database) throws Exception {
		try (HeldLock lock = acquire(database)) {
			database.execute("SELECT pg_terminate_backend(" + lock.fence().pid() + ")");
			Thread.sleep(1100);

			assertThatExceptionOfType(LockException.class).isThrownBy(lock::verify)
				.withMessageContaining("Lost the migration lock on " + TABLE)
				.withMessageContaining("idle_transaction_timeout");
		}
	}

	@Test
	void aWaiterNamesTheHolderOfItsOwnDatabaseOnly(TestDatabase database) throws Exception {
		TestDatabase other = database.server().createDatabase();
		long key = AdvisoryLock.keyOf(TABLE);
		try (Connection elsewhere = other.dataSource().getConnection();
				Connection here = database.dataSource().getConnection()) {
			int otherPid = sessionLock(elsewhere, key);
			int holderPid = sessionLock(here, key);

			assertThatExceptionOfType(LockException.class)
				.isThrownBy(() -> new AdvisoryLock(new Connector(database.dataSource()), TABLE)
					.acquire(Duration.ofMillis(300), null))
				.withMessageContaining("held by pid " + holderPid + " (database " + database.name())
				.withMessageNotContaining("pid " + otherPid);
		}
		assertThat(locks(database)).isEmpty();
	}

	private static int sessionLock(Connection connection, long key) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT pg_advisory_lock(" + key + "), pg_backend_pid()")) {
			row.next();
			return row.getInt(2);
		}
	}

	private static List<Integer> locks(TestDatabase database) {
		return database
			.column("SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
					+ "WHERE l.locktype = 'advisory' AND d.datname = current_database()")
			.stream()
			.map(Integer::valueOf)
			.toList();
	}

}
