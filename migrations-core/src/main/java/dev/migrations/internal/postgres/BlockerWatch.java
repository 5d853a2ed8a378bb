package dev.migrations.internal.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees who blocks a running statement. When a statement has run for a moment, it samples
 * {@code pg_blocking_pids} of the backend running it every few hundred milliseconds and
 * keeps the last non-empty answer: after a {@code lock_timeout} the wait is over and
 * PostgreSQL no longer says who was in the way, so the answer must be taken while
 * waiting. The samples run on a connection borrowed when a statement has run for a moment
 * and given back two seconds after the last such statement ended (so that the retries of
 * a statement blocked again and again keep it); the run never waits for it (when the pool
 * has none to spare within a second, that sample is skipped). The backend is known by its
 * pid, or, behind a pooler outside a transaction, by the statement's text. Used by one
 * run at a time; {@link #close()} stops it.
 */
public final class BlockerWatch implements AutoCloseable {

	/**
	 * The pid to pass when the backend running the statement is not known.
	 */
	public static final int UNKNOWN = 0;

	private static final Logger logger = LoggerFactory.getLogger(BlockerWatch.class);

	private static final long FIRST_SAMPLE_MS = 200;

	private static final long SAMPLE_EVERY_MS = 250;

	private static final Duration BORROW_WAIT = Duration.ofSeconds(1);

	private static final long KEEP_AFTER_MS = 2000;

	private static final int TEXT_MATCH = 200;

	private final Connector connector;

	private final Shared shared;

	private final ScheduledExecutorService scheduler;

	private volatile Connection connection;

	private ScheduledFuture<?> sampling;

	private ScheduledFuture<?> givingBack;

	private volatile String lastBlockers;

	/**
	 * Creates a watch.
	 * @param connector where to borrow a connection, for statements outside a transaction
	 * @param shared the run's connection to sample on otherwise
	 */
	public BlockerWatch(Connector connector, Shared shared) {
		this.connector = connector;
		this.shared = shared;
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "migrations-blocker-watch");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * A statement starts: forget earlier blockers and start sampling if it runs for a
	 * moment.
	 * @param pid the backend running it, or {@link #UNKNOWN}
	 * @param text the statement as sent, to find its backend when the pid is unknown, or
	 * {@code null}
	 * @param waitsForSnapshots whether it may wait for older snapshots: one PostgreSQL
	 * runs only outside a transaction ({@code CREATE INDEX CONCURRENTLY}, …), or code
	 * that may run one
	 */
	public synchronized void statementStarted(int pid, String text, boolean waitsForSnapshots) {
		this.lastBlockers = null;
		cancel();
		this.sampling = this.scheduler.scheduleWithFixedDelay(() -> sample(pid, text, waitsForSnapshots),
				FIRST_SAMPLE_MS, SAMPLE_EVERY_MS, TimeUnit.MILLISECONDS);
	}

	/**
	 * The statement ended (either way): stop sampling, and give the connection back in
	 * two seconds unless a statement (a retry, say) is sampled again by then.
	 */
	public void statementEnded() {
		synchronized (this) {
			cancel();
			if (this.connection != null && this.givingBack == null && !this.scheduler.isShutdown()) {
				this.givingBack = this.scheduler.schedule(this::giveBack, KEEP_AFTER_MS, TimeUnit.MILLISECONDS);
			}
		}
		// a sample under way on the lock's connection ends before the next statement
		// starts
		try {
			this.scheduler.submit(() -> {
			}).get(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | RejectedExecutionException ex) {
			logger.debug("The blocker watch did not finish its sample", ex);
		}
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

	private synchronized void keep() {
		if (this.givingBack != null) {
			this.givingBack.cancel(false);
			this.givingBack = null;
		}
	}

	private void sample(int pid, String text, boolean waitsForSnapshots) {
		if (pid == UNKNOWN && (text == null || text.isBlank())) {
			return;
		}
		try {
			String blockers = waitsForSnapshots ? borrowed(pid, text)
					: this.shared.read((connection) -> query(connection, pid, text));
			if (blockers != null) {
				this.lastBlockers = blockers;
			}
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not sample blocking sessions", ex);
		}
	}

	private String borrowed(int pid, String text) throws SQLException {
		keep();
		if (this.connection == null) {
			this.connection = this.connector.open(BORROW_WAIT, (borrowed) -> {
				borrowed.setAutoCommit(true);
				return borrowed;
			}).map(Connector.Opened::connection).orElse(null);
			if (this.connection == null) {
				return null;
			}
		}
		return query(this.connection, pid, text);
	}

	// a plain statement with its values inlined: the same query every 250 ms must never
	// become a server-side prepared statement, which a pooler in transaction mode loses
	private static String query(Connection connection, int pid, String text) throws SQLException {
		String backend = (pid != UNKNOWN) ? String.valueOf(pid)
				: "(SELECT b.pid FROM pg_catalog.pg_stat_activity b WHERE b.datname = current_database() "
						+ "AND b.state = 'active' AND b.pid <> pg_backend_pid() AND left(b.query, " + TEXT_MATCH
						+ ") = " + literal(text.substring(0, Math.min(text.length(), TEXT_MATCH)))
						+ " ORDER BY b.query_start LIMIT 1)";
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT a.pid, a.usename, a.application_name, a.state, "
						+ "extract(epoch FROM now() - coalesce(a.xact_start, a.query_start))::bigint, "
						+ "left(regexp_replace(a.query, '\\s+', ' ', 'g'), 120) FROM pg_catalog.pg_stat_activity a "
						+ "WHERE a.pid = ANY (pg_blocking_pids(" + backend + ")) ORDER BY a.xact_start")) {
			List<String> sessions = new ArrayList<>();
			while (rows.next()) {
				sessions.add("pid " + rows.getInt(1) + " (user " + rows.getString(2) + ", application_name '"
						+ rows.getString(3) + "', " + rows.getString(4) + " for " + rows.getLong(5) + " s: "
						+ rows.getString(6) + ")");
			}
			return sessions.isEmpty() ? null : String.join("; ", sessions);
		}
	}

	// an escape string, read the same whatever standard_conforming_strings says
	private static String literal(String text) {
		return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	private void giveBack() {
		synchronized (this) {
			this.givingBack = null;
		}
		if (this.connection != null) {
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Could not close the blocker watch connection", ex);
			}
			this.connection = null;
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			cancel();
			keep();
		}
		this.scheduler.execute(this::giveBack);
		this.scheduler.shutdown();
		try {
			if (!this.scheduler.awaitTermination(2, TimeUnit.SECONDS)) {
				this.scheduler.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A connection the run already holds, to sample on.
	 */
	@FunctionalInterface
	public interface Shared {

		/**
		 * Runs a read on it, leaving nothing open behind.
		 * @param read the read
		 * @return what the read returned
		 * @throws SQLException if the read failed
		 */
		String read(SqlFunction<String> read) throws SQLException;

	}

}
