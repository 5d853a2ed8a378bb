package dev.migrations.internal.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.migrations.LockException;
import dev.migrations.internal.postgres.SqlFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration lock, held: a transaction-level advisory lock in an open READ COMMITTED
 * transaction on a connection of its own, which runs a snapshot-free utility statement
 * ({@value #KEEP_ALIVE}) every few seconds until the lock is released, and otherwise only
 * the blocker watch's reads, each ended at once (see {@link #read}).
 * <ul>
 * <li>The open transaction pins its server connection behind a pooler in transaction
 * mode, and ends with its client: a migrator killed with {@code kill -9} releases the
 * lock as soon as PostgreSQL (or the pooler) sees its connection close.</li>
 * <li>The transaction has no transaction id and, between its statements, no snapshot (no
 * {@code backend_xmin}): it holds back neither vacuum nor {@code CREATE INDEX
 * CONCURRENTLY}, whose wait for older snapshots skips backends without one. This is why a
 * read (which takes a snapshot) must never be left open on this connection, nor run while
 * a concurrent build runs: a build that saw its snapshot would wait for this transaction
 * to end.</li>
 * <li>{@code idle_in_transaction_session_timeout} (and {@code transaction_timeout} on
 * PostgreSQL 17) are switched off for this transaction only; the keep-alive also keeps a
 * pooler's idle-transaction timeout from ending it, and tells a lost connection within
 * seconds.</li>
 * </ul>
 * Closing rolls the transaction back, which releases the lock. Thread-safe.
 */
public final class HeldLock implements AutoCloseable {

	/**
	 * The keep-alive: a utility statement, which takes no snapshot and replaces any open
	 * portal that held one.
	 */
	static final String KEEP_ALIVE = "/* migrations: lock held */ SET LOCAL idle_in_transaction_session_timeout = 0";

	private static final Logger logger = LoggerFactory.getLogger(HeldLock.class);

	private static final long VERIFY_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

	private static final long KEEP_ALIVE_EVERY_MS = 5000;

	private static final int NETWORK_TIMEOUT_MS = 30_000;

	private final Connection connection;

	private final Fence fence;

	private final String name;

	private final Duration waited;

	private final ScheduledExecutorService keepAlive;

	private final int originalNetworkTimeout;

	private final int prepareThreshold;

	private volatile SQLException lost;

	private long lastVerified = System.nanoTime();

	HeldLock(Connection connection, Fence fence, String name, Duration waited, int prepareThreshold) {
		this.connection = connection;
		this.prepareThreshold = prepareThreshold;
		this.fence = fence;
		this.name = name;
		this.waited = waited;
		this.originalNetworkTimeout = networkTimeout(connection, NETWORK_TIMEOUT_MS);
		this.keepAlive = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "migrations-lock-keep-alive");
			thread.setDaemon(true);
			return thread;
		});
		this.keepAlive.scheduleWithFixedDelay(this::beat, KEEP_ALIVE_EVERY_MS, KEEP_ALIVE_EVERY_MS,
				TimeUnit.MILLISECONDS);
	}

	// a connection whose network died would otherwise block a keep-alive, and a
	// verify, for as long as TCP retries
	private static int networkTimeout(Connection connection, int millis) {
		try {
			int original = connection.getNetworkTimeout();
			connection.setNetworkTimeout(Runnable::run, millis);
			return original;
		}
		catch (SQLException | RuntimeException | AbstractMethodError ex) {
			logger.debug("The driver sets no network timeout on the lock connection", ex);
			return -1;
		}
	}

	/**
	 * How long it took to get the lock.
	 * @return the wait
	 */
	public Duration waited() {
		return this.waited;
	}

	/**
	 * What conditions history writes on this lock.
	 * @return the lock's key and the backend holding it
	 */
	public Fence fence() {
		return this.fence;
	}

	/**
	 * Checks that the lock is still held: the keep-alive has not failed, and (at most
	 * once a second) a keep-alive now succeeds.
	 * @throws LockException if the lock's connection or transaction is gone: another
	 * migrator may now hold the lock
	 */
	public void verify() {
		long now = System.nanoTime();
		if (this.lost == null && now - this.lastVerified >= VERIFY_EVERY_NANOS) {
			beat();
			this.lastVerified = now;
		}
		SQLException cause = this.lost;
		if (cause != null) {
			throw new LockException(LockException.Kind.LOST,
					"Lost the migration lock on " + this.name + ": its connection or transaction " + "was ended ("
							+ cause.getMessage() + "); stopped before recording anything more. Run migrate "
							+ "again: another migrator may have taken over. Behind a pooler, check that it ends no "
							+ "transaction idle for a few seconds (PgBouncer idle_transaction_timeout)");
		}
	}

	/**
	 * Runs a read on the lock's connection (the blocker watch's, so that it needs no
	 * connection of its own), leaving nothing behind: it runs in a savepoint rolled back
	 * at once, which ends the read's snapshot and keeps an error from ending the lock's
	 * transaction, after a {@code pg_stat_clear_snapshot()} so that activity is read
	 * fresh in this long transaction. Never call it while a statement that waits for
	 * older snapshots ({@code CREATE INDEX CONCURRENTLY}, {@code REINDEX CONCURRENTLY},
	 * …) runs: caught holding a snapshot, this transaction would make it wait to the end
	 * of the run.
	 * @param <T> what the read returns
	 * @param read the read
	 * @return what it returned
	 * @throws SQLException if the read failed, or the lock is lost
	 */
	public synchronized <T> T read(SqlFunction<T> read) throws SQLException {
		if (this.lost != null) {
			throw this.lost;
		}
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("SAVEPOINT migrations_read; SELECT pg_stat_clear_snapshot()");
			try {
				return read.apply(this.connection);
			}
			finally {
				statement.execute("ROLLBACK TO SAVEPOINT migrations_read");
			}
		}
	}

	private synchronized void beat() {
		if (this.lost != null) {
			return;
		}
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(KEEP_ALIVE);
		}
		catch (SQLException ex) {
			this.lost = ex;
			logger.warn("The migration lock on {} is lost: {}", this.name, ex.getMessage());
		}
	}

	@Override
	public void close() {
		this.keepAlive.shutdownNow();
		try {
			this.keepAlive.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			try {
				this.connection.rollback();
				this.connection.setAutoCommit(true);
				if (this.originalNetworkTimeout >= 0) {
					this.connection.setNetworkTimeout(Runnable::run, this.originalNetworkTimeout);
				}
			}
			catch (SQLException ex) {
				logger.debug("Could not end the lock's transaction; closing its connection ends it", ex);
			}
			finally {
				AdvisoryLock.closeQuietly(this.connection, this.prepareThreshold);
			}
		}
	}

}
