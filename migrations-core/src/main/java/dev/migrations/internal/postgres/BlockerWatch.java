package dev.migrations.internal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees who blocks a running statement. When a statement has run for a moment, it samples
 * {@code pg_blocking_pids} of the migration's session every few hundred milliseconds,
 * from a connection of its own opened on first need, and keeps the last non-empty answer:
 * after a {@code lock_timeout} the wait is over and PostgreSQL no longer says who was in
 * the way, so the answer must be taken while waiting. Used by one run at a time;
 * {@link #close()} stops it.
 */
public final class BlockerWatch implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(BlockerWatch.class);

	private static final long FIRST_SAMPLE_MS = 200;

	private static final long SAMPLE_EVERY_MS = 250;

	private final DataSource dataSource;

	private final int watchedPid;

	private final ScheduledExecutorService scheduler;

	private Connection connection;

	private ScheduledFuture<?> sampling;

	private volatile String lastBlockers;

	/**
	 * Creates a watch of one session.
	 * @param dataSource where to open the watch's own connection, when first needed
	 * @param watchedPid the backend pid of the migration's session
	 */
	public BlockerWatch(DataSource dataSource, int watchedPid) {
		this.dataSource = dataSource;
		this.watchedPid = watchedPid;
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "migrations-blocker-watch");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * A statement starts: forget earlier blockers and start sampling if it runs for a
	 * moment.
	 */
	public synchronized void statementStarted() {
		this.lastBlockers = null;
		cancel();
		this.sampling = this.scheduler.scheduleWithFixedDelay(this::sample, FIRST_SAMPLE_MS, SAMPLE_EVERY_MS,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * The statement ended (either way): stop sampling.
	 */
	public synchronized void statementEnded() {
		cancel();
	}

	/**
	 * The sessions that blocked the statement, as last seen.
	 * @return a description such as
	 * {@code pid 4242 (user app, application_name 'orders-api', idle in transaction
	 * for 12 s: UPDATE orders SET …)}, or a sentence saying none was seen
	 */
	public String lastBlockers() {
		String blockers = this.lastBlockers;
		return (blockers != null) ? blockers : "no session seen (the lock was released, or was held only briefly)";
	}

	private void cancel() {
		if (this.sampling != null) {
			this.sampling.cancel(false);
			this.sampling = null;
		}
	}

	private void sample() {
		try {
			if (this.connection == null) {
				this.connection = this.dataSource.getConnection();
				this.connection.setAutoCommit(true);
			}
			String blockers = query();
			if (blockers != null) {
				this.lastBlockers = blockers;
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not sample blocking sessions", ex);
		}
	}

	private String query() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT a.pid, a.usename, "
				+ "a.application_name, a.state, extract(epoch FROM now() - coalesce(a.xact_start, a.query_start))::bigint, "
				+ "left(regexp_replace(a.query, '\\s+', ' ', 'g'), 120) FROM pg_stat_activity a "
				+ "WHERE a.pid = ANY (pg_blocking_pids(?)) ORDER BY a.xact_start")) {
			statement.setInt(1, this.watchedPid);
			try (ResultSet rows = statement.executeQuery()) {
				List<String> sessions = new ArrayList<>();
				while (rows.next()) {
					sessions.add("pid " + rows.getInt(1) + " (user " + rows.getString(2) + ", application_name '"
							+ rows.getString(3) + "', " + rows.getString(4) + " for " + rows.getLong(5) + " s: "
							+ rows.getString(6) + ")");
				}
				return sessions.isEmpty() ? null : String.join("; ", sessions);
			}
		}
	}

	@Override
	public synchronized void close() {
		cancel();
		this.scheduler.shutdownNow();
		try {
			this.scheduler.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Could not close the blocker watch connection", ex);
			}
		}
	}

}
