package dev.migrations.internal.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.LockException;
import dev.migrations.MigrationException;

/**
 * Takes the migration lock of one history table. Waiters poll with
 * {@code pg_try_advisory_lock}, never queueing inside PostgreSQL, and log who holds the
 * lock. Thread-safe; each {@link #acquire} returns a handle of its own.
 */
public final class AdvisoryLock {

	private static final Logger logger = LoggerFactory.getLogger(AdvisoryLock.class);

	private static final Duration MAX_POLL = Duration.ofSeconds(1);

	private static final Duration LOG_EVERY = Duration.ofSeconds(10);

	private static final long VERIFY_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

	private final DataSource dataSource;

	private final long key;

	private final String name;

	/**
	 * Creates the lock of a history table.
	 * @param dataSource where to open the lock's connection
	 * @param qualifiedTable the quoted, schema-qualified history table: the lock's
	 * identity
	 */
	public AdvisoryLock(DataSource dataSource, String qualifiedTable) {
		this.dataSource = dataSource;
		this.key = keyOf("dev.migrations:" + qualifiedTable);
		this.name = qualifiedTable;
	}

	static long keyOf(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
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
	 * Waits for the lock, polling, up to a timeout.
	 * @param timeout how long to wait
	 * @return the held lock; close it to release
	 * @throws LockException if another migrator still holds it after the timeout
	 * @throws MigrationException if no connection can be opened
	 */
	public Held acquire(Duration timeout) {
		Connection connection = open();
		try {
			long start = System.nanoTime();
			long deadline = start + timeout.toNanos();
			long lastLog = 0;
			Duration pause = Duration.ofMillis(20);
			while (!tryLock(connection)) {
				long now = System.nanoTime();
				Optional<String> holder = holder(connection);
				if (now - deadline >= 0) {
					throw new LockException(
							"Timed out after " + timeout.toSeconds() + " s waiting for the migration lock on "
									+ this.name + ", held by " + holder.orElse("a session that has just released it")
									+ "; wait for that migrator to finish (or end it with pg_terminate_backend), "
									+ "or raise migrations.lock-wait-timeout");
				}
				if (lastLog == 0 || now - lastLog >= LOG_EVERY.toNanos()) {
					logger.info("Waiting for the migration lock on {}, held by {}", this.name,
							holder.orElse("another session"));
					lastLog = now;
				}
				sleep(Duration.ofNanos(Math.min(pause.toNanos(), deadline - now)));
				pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
			}
			return new Held(connection, Duration.ofNanos(System.nanoTime() - start));
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new MigrationException("Could not take the migration lock on " + this.name + ": " + ex.getMessage(),
					ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(connection);
			throw ex;
		}
	}

	private Connection open() {
		try {
			Connection connection = this.dataSource.getConnection();
			connection.setAutoCommit(true);
			return connection;
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not connect to the database: " + ex.getMessage()
					+ " (check the data source, or migrations.url/user/password)", ex);
		}
	}

	private boolean tryLock(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, this.key);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getBoolean(1);
			}
		}
	}

	private Optional<String> holder(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT a.pid, a.application_name, "
				+ "a.client_addr, a.backend_start, a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
				+ "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1")) {
			statement.setLong(1, this.key >>> 32);
			statement.setLong(2, this.key & 0xFFFFFFFFL);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					return Optional.empty();
				}
				return Optional.of("pid " + rows.getInt(1) + " (application_name '" + rows.getString(2) + "', user "
						+ rows.getString(5) + ", client " + rows.getString(3) + ", connected since " + rows.getString(4)
						+ ")");
			}
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(Math.max(1, pause.toMillis()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LockException("Interrupted while waiting for the migration lock");
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close the lock connection", ex);
		}
	}

	/**
	 * A held lock. Closing it releases the lock and closes its connection. Not
	 * thread-safe.
	 */
	public final class Held implements AutoCloseable {

		private final Connection connection;

		private final Duration waited;

		private long lastVerified = System.nanoTime();

		private Held(Connection connection, Duration waited) {
			this.connection = connection;
			this.waited = waited;
		}

		/**
		 * How long it took to get the lock.
		 * @return the wait
		 */
		public Duration waited() {
			return this.waited;
		}

		/**
		 * Checks that the lock's connection is still alive (and so the lock still held).
		 * @throws LockException if the connection died: another migrator may now hold the
		 * lock
		 */
		public void verify() {
			// a check costs a round trip; once a second is enough, since the history's
			// primary key already
			// refuses a second migrator recording the same version
			long now = System.nanoTime();
			if (now - this.lastVerified < VERIFY_EVERY_NANOS) {
				return;
			}
			boolean alive;
			try {
				alive = this.connection.isValid(10);
			}
			catch (SQLException ex) {
				alive = false;
			}
			this.lastVerified = now;
			if (!alive) {
				throw new LockException("Lost the migration lock on " + AdvisoryLock.this.name
						+ ": its connection was closed (terminated by the server or the network); stopped before "
						+ "recording anything more. Run migrate again: another migrator may have taken over.");
			}
		}

		@Override
		public void close() {
			try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
				statement.setLong(1, AdvisoryLock.this.key);
				statement.execute();
			}
			catch (SQLException ex) {
				logger.debug("Could not release the migration lock explicitly; closing its connection releases it", ex);
			}
			finally {
				closeQuietly(this.connection);
			}
		}

	}

}
