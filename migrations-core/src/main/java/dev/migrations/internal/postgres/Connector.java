package dev.migrations.internal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections within a bounded wait. Neither {@link DataSource#getConnection()} nor
 * a connection's first statement can be given a timeout of their own, and both may wait
 * for a pool: a connection pool for a free connection, a pooler such as PgBouncer for a
 * free server connection (the login succeeds at once, the first statement waits). Both
 * run on the calling thread (a data source may route by what the thread holds), watched
 * by a thread of their own that, when the wait runs out, interrupts a wait for a pool's
 * connection (Hikari stops at an interrupt) or aborts the connection in its first
 * statement; the caller then gets an empty answer, its interrupt flag cleared. Only a
 * data source that ignores interrupts can keep it longer, until its own timeout.
 * Thread-safe.
 */
public final class Connector {

	private static final Logger logger = LoggerFactory.getLogger(Connector.class);

	private final DataSource dataSource;

	/**
	 * Creates a connector.
	 * @param dataSource where connections come from
	 */
	public Connector(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Opens a connection and makes its first use of it, both within a wait.
	 * @param <T> what the first use returns
	 * @param wait how long to wait, at least a millisecond
	 * @param firstUse the first statements to run on the connection
	 * @return the connection (the caller's to close) and what the first use returned, or
	 * empty when the wait ran out
	 * @throws SQLException if the data source or the first use failed
	 */
	public <T> Optional<Opened<T>> open(Duration wait, SqlFunction<T> firstUse) throws SQLException {
		Watchdog watchdog = new Watchdog(Thread.currentThread(), Math.max(1, wait.toMillis()));
		watchdog.start();
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			watchdog.opened(connection);
			T value = firstUse.apply(connection);
			if (watchdog.finish()) {
				return Optional.of(new Opened<>(connection, value));
			}
			closeQuietly(connection);
			return Optional.empty();
		}
		catch (SQLException | RuntimeException ex) {
			if (connection != null) {
				closeQuietly(connection);
			}
			if (!watchdog.finish()) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			// a lock taken by a first use given up on goes with its transaction, whatever
			// the pool does on close
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not roll back a connection given up on", ex);
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close a connection", ex);
		}
	}

	/**
	 * Ends the wait of one {@link #open} when it runs out.
	 */
	private static final class Watchdog extends Thread {

		private final Thread caller;

		private final long millis;

		private Connection connection;

		private boolean finished;

		private boolean expired;

		Watchdog(Thread caller, long millis) {
			super("migrations-connect-watchdog");
			setDaemon(true);
			this.caller = caller;
			this.millis = millis;
		}

		@Override
		public void run() {
			try {
				Thread.sleep(this.millis);
			}
			catch (InterruptedException ex) {
				return;
			}
			expire();
		}

		private synchronized void expire() {
			if (this.finished) {
				return;
			}
			this.expired = true;
			if (this.connection == null) {
				this.caller.interrupt();
				return;
			}
			try {
				this.connection.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException ex) {
				logger.debug("Could not abort a connection given up on", ex);
			}
		}

		synchronized void opened(Connection opened) {
			this.connection = opened;
		}

		/**
		 * The caller is done: stops the watch.
		 * @return whether it finished in time (otherwise its interrupt, if any, is
		 * cleared)
		 */
		boolean finish() {
			synchronized (this) {
				this.finished = true;
			}
			interrupt();
			if (this.expired) {
				// an interrupt meant for the wait must not reach what the caller does
				// next
				Thread.interrupted();
				return false;
			}
			return true;
		}

	}

	/**
	 * A connection and what its first use returned.
	 *
	 * @param <T> the type of the value
	 * @param connection the connection
	 * @param value the value
	 */
	public record Opened<T>(Connection connection, T value) {
	}

}
