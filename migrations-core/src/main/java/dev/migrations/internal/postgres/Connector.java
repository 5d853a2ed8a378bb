package dev.migrations.internal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import dev.migrations.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections within a bounded wait. Neither {@link DataSource#getConnection()} nor
 * a connection's first statement can be given a timeout of their own, and both may wait
 * for a pool: a connection pool for a free connection, a pooler such as PgBouncer for a
 * free server connection (in session mode at login, in transaction mode at the first
 * statement), and neither wait is sure to stop at an interrupt. So both run in a thread
 * of their own, and a caller that stops waiting gets an empty answer at once: the
 * connection is aborted if it is still in its first statement, and closed if it comes
 * later. A data source that picks its target by a thread-local of the calling thread does
 * not see it there: such a one needs a data source of its own for the migrator.
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
	 * @throws MigrationException if interrupted
	 */
	public <T> Optional<Opened<T>> open(Duration wait, SqlFunction<T> firstUse) throws SQLException {
		CompletableFuture<Opened<T>> attempt = new CompletableFuture<>();
		AtomicReference<Connection> opened = new AtomicReference<>();
		Thread thread = new Thread(() -> connect(attempt, opened, firstUse), "migrations-connect");
		thread.setDaemon(true);
		thread.start();
		try {
			return Optional.of(attempt.get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			return giveUp(attempt, opened, thread);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			giveUp(attempt, opened, thread);
			throw new MigrationException("Interrupted while waiting for a database connection");
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private <T> void connect(CompletableFuture<Opened<T>> attempt, AtomicReference<Connection> opened,
			SqlFunction<T> firstUse) {
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			opened.set(connection);
			T value = firstUse.apply(connection);
			if (!attempt.complete(new Opened<>(connection, value))) {
				closeQuietly(connection);
			}
		}
		catch (SQLException | RuntimeException | Error ex) {
			if (connection != null) {
				closeQuietly(connection);
			}
			attempt.completeExceptionally(ex);
		}
	}

	private static <T> Optional<Opened<T>> giveUp(CompletableFuture<Opened<T>> attempt,
			AtomicReference<Connection> opened, Thread thread) {
		if (!attempt.cancel(false)) {
			// it came in the meantime
			return Optional.of(attempt.join());
		}
		Connection connection = opened.get();
		if (connection != null) {
			try {
				connection.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException ex) {
				logger.debug("Could not abort a connection given up on", ex);
			}
		}
		else {
			// a pool waiting for a free connection stops at an interrupt
			thread.interrupt();
		}
		return Optional.empty();
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
	 * A connection and what its first use returned.
	 *
	 * @param <T> the type of the value
	 * @param connection the connection
	 * @param value the value
	 */
	public record Opened<T>(Connection connection, T value) {
	}

}
