package dev.migrations.internal.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import dev.migrations.LockException;
import dev.migrations.MigrationException;
import dev.migrations.internal.postgres.Connector;
import dev.migrations.internal.postgres.PgDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the migration lock of one history table: a transaction-level advisory lock
 * ({@code pg_try_advisory_xact_lock}) taken in a READ COMMITTED transaction that stays
 * open, idle, for the whole run (see {@link HeldLock}). A try that fails ends its
 * transaction at once and gives its connection back: a waiter holds no connection and no
 * transaction between tries, so it never keeps a pool's connection from the holder and
 * never makes the holder's {@code CREATE INDEX CONCURRENTLY} wait for it. Waiters poll,
 * never queueing inside PostgreSQL, and log who holds the lock in this database.
 * Thread-safe; each {@link #acquire} returns a handle of its own.
 */
public final class AdvisoryLock {

	private static final Logger logger = LoggerFactory.getLogger(AdvisoryLock.class);

	private static final Duration MAX_POLL = Duration.ofSeconds(1);

	private static final Duration LOG_EVERY = Duration.ofSeconds(10);

	private static final int TRANSACTION_TIMEOUT_SINCE = 170000;

	private static final String POOL_ADVICE = "A migrator holds at most 2 connections (the lock's, then its work "
			+ "connection) and none while it waits for the lock: give the pool room for them, "
			+ "spring.datasource.hikari.maximum-pool-size for the application's pool, default_pool_size (or the "
			+ "database's pool_size) for PgBouncer";

	private final Connector connector;

	private final long key;

	private final String name;

	/**
	 * Creates the lock of a history table.
	 * @param connector where the lock's connections come from
	 * @param qualifiedTable the quoted, schema-qualified history table: the lock's
	 * identity
	 */
	public AdvisoryLock(Connector connector, String qualifiedTable) {
		this.connector = connector;
		this.key = keyOf(qualifiedTable);
		this.name = qualifiedTable;
	}

	/**
	 * The 64-bit advisory lock key of a history table.
	 * @param qualifiedTable the quoted, schema-qualified history table
	 * @return the key
	 */
	public static long keyOf(String qualifiedTable) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(("dev.migrations:" + qualifiedTable).getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < 8; i++) {
				key = (key << 8) | (hash[i] & 0xFF);
			}
			return key;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	/**
	 * The 64-bit advisory lock key.
	 * @return the key
	 */
	public long key() {
		return this.key;
	}

	/**
	 * Waits for the lock, polling, up to a timeout; the time spent waiting for a
	 * connection to try it counts.
	 * @param timeout how long to wait
	 * @param first a connection in autocommit to make the first try on, or {@code null};
	 * the lock's own when the try succeeds, closed otherwise
	 * @return the held lock; close it to release
	 * @throws LockException if another migrator still holds it after the timeout, or no
	 * connection came to try it
	 * @throws MigrationException if PostgreSQL or the pooler refuses
	 */
	public HeldLock acquire(Duration timeout, Connection first) {
		long start = System.nanoTime();
		long deadline = start + timeout.toNanos();
		long lastLog = 0;
		Duration pause = Duration.ofMillis(20);
		Try attempt = (first != null) ? tryOn(first)
				: tryWithin(timeout).orElseThrow(() -> new LockException(LockException.Kind.NO_CONNECTION,
						"Timed out after " + timeout.toSeconds()
								+ " s waiting for a database connection to try the migration lock on " + this.name
								+ ": the pool gave none. " + POOL_ADVICE));
		while (attempt.pid() == 0) {
			long now = System.nanoTime();
			if (now - deadline >= 0) {
				throw timedOut(timeout, attempt.holder(), "");
			}
			if (lastLog == 0 || now - lastLog >= LOG_EVERY.toNanos()) {
				logger.info("Waiting for the migration lock on {}, held by {}", this.name,
						attempt.holder().orElse("another session"));
				lastLog = now;
			}
			sleep(Duration.ofNanos(Math.min(pause.toNanos(), deadline - now)));
			pause = (pause.multipliedBy(2).compareTo(MAX_POLL) > 0) ? MAX_POLL : pause.multipliedBy(2);
			// a last try at the deadline still gets a moment to find a connection
			Optional<Try> next = tryWithin(
					Duration.ofNanos(Math.max(deadline - System.nanoTime(), MAX_POLL.toNanos())));
			if (next.isEmpty()) {
				throw timedOut(timeout, attempt.holder(),
						"; its last try found no free connection in the pool either. " + POOL_ADVICE);
			}
			attempt = next.get();
		}
		return new HeldLock(attempt.connection(), new Fence(this.key, attempt.pid()), this.name,
				Duration.ofNanos(System.nanoTime() - start), attempt.threshold());
	}

	private LockException timedOut(Duration timeout, Optional<String> holder, String more) {
		return new LockException(LockException.Kind.TIMED_OUT,
				"Timed out after " + timeout.toSeconds() + " s waiting for the migration lock on " + this.name
						+ ", held by " + holder.orElse("a session that has just released it")
						+ "; wait for that migrator to finish (or end it with SELECT pg_terminate_backend(<pid>)), "
						+ "or raise the lockWaitTimeout setting" + more);
	}

	private Optional<Try> tryWithin(Duration wait) {
		try {
			return this.connector.open(wait, this::take).map((opened) -> kept(opened.value()));
		}
		catch (SQLException ex) {
			throw refused(ex);
		}
	}

	private Try tryOn(Connection connection) {
		try {
			return kept(take(connection));
		}
		catch (SQLException | RuntimeException ex) {
			closeQuietly(connection, -1);
			throw (ex instanceof SQLException sql) ? refused(sql) : (RuntimeException) ex;
		}
	}

	private static Try kept(Try attempt) {
		if (attempt.pid() == 0) {
			closeQuietly(attempt.connection(), attempt.threshold());
		}
		return attempt;
	}

	/**
	 * One try: the lock and its transaction kept when it is free; otherwise the
	 * transaction ended at once and the holder looked up, in autocommit.
	 */
	private Try take(Connection connection) throws SQLException {
		// pgjdbc prepares even ROLLBACK on the server otherwise, which a pooler in
		// transaction mode breaks
		int threshold = PgDriver.oneShot(connection);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// a snapshot kept for the whole run would make CREATE INDEX CONCURRENTLY wait
			// for this transaction, which waits for it: READ COMMITTED takes one per
			// statement
			statement.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
			int pid;
			int serverVersion;
			try (ResultSet row = statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + this.key
					+ "), pg_backend_pid(), current_setting('server_version_num')::int")) {
				row.next();
				pid = row.getBoolean(1) ? row.getInt(2) : 0;
				serverVersion = row.getInt(3);
			}
			if (pid != 0) {
				// a utility statement last: it replaces the open portal of pgjdbc's
				// SELECT,
				// which holds a snapshot (see HeldLock)
				statement.execute(HeldLock.KEEP_ALIVE
						+ ((serverVersion >= TRANSACTION_TIMEOUT_SINCE) ? "; SET LOCAL transaction_timeout = 0" : ""));
				return new Try(connection, pid, Optional.empty(), threshold);
			}
			connection.rollback();
			connection.setAutoCommit(true);
			return new Try(connection, 0, holder(statement), threshold);
		}
	}

	private Optional<String> holder(Statement statement) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SELECT a.pid, a.application_name, a.client_addr, "
				+ "a.backend_start, a.usename, a.datname FROM pg_catalog.pg_locks l "
				+ "JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid WHERE " + Fence.sameLock(this.key)
				+ " AND a.datname = current_database()")) {
			if (!rows.next()) {
				return Optional.empty();
			}
			return Optional.of("pid " + rows.getInt(1) + " (database " + rows.getString(6) + ", application_name '"
					+ rows.getString(2) + "', user " + rows.getString(5) + ", client " + rows.getString(3)
					+ ", connected since " + rows.getString(4) + ")");
		}
	}

	private MigrationException refused(SQLException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("statement pooling mode")) {
			return new MigrationException("Could not take the migration lock on " + this.name + ": " + message
					+ ". The connection goes through a pooler in statement pooling mode (PgBouncer pool_mode=statement), "
					+ "which refuses transactions, and migrations need them: point migrations.url at PostgreSQL, or at "
					+ "a PgBouncer database in transaction or session mode", ex);
		}
		return new MigrationException("Could not take the migration lock on " + this.name + ": " + message
				+ " (SQLState " + ex.getSQLState() + "; check the data source, or migrations.url/user/password)", ex);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(Math.max(1, pause.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LockException(LockException.Kind.INTERRUPTED, "Interrupted while waiting for the migration lock");
		}
	}

	static void closeQuietly(Connection connection, int threshold) {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not roll back the lock connection", ex);
		}
		PgDriver.restore(connection, threshold);
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close the lock connection", ex);
		}
	}

	/**
	 * The outcome of one try.
	 *
	 * @param connection the connection it was made on
	 * @param pid the backend pid holding the lock, or 0 when another session holds it
	 * @param holder who holds it, when another session does
	 * @param threshold pgjdbc's prepare threshold to give the connection back, or -1
	 */
	private record Try(Connection connection, int pid, Optional<String> holder, int threshold) {
	}

}
