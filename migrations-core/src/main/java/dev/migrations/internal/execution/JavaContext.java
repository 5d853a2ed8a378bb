package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

import dev.migrations.JavaMigrationContext;
import dev.migrations.MigrationException;
import dev.migrations.internal.discovery.BatchSpec;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.postgres.StatementErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one call of a Java migration's up or down runs with. Its batch walks go through
 * the same {@link BatchRunner} as {@code -- migrate:batch}; in an up, the history row's
 * {@code statements_done} counts the walks that finished and {@code batch_position} is
 * the last key of the walk under way, so a rerun after a crash skips the finished walks
 * and resumes the interrupted one at its next batch. Not thread-safe.
 */
final class JavaContext implements JavaMigrationContext {

	private static final Logger logger = LoggerFactory.getLogger(JavaContext.class);

	private final BatchRunner batches;

	private final Running event;

	private final Progress progress;

	private int walks;

	private long mark = System.nanoTime();

	/**
	 * Creates the context of one call.
	 * @param batches the batch walker, on the migration's connection
	 * @param event the migration
	 * @param progress where an up resumes, its walks recorded; {@code null} to record
	 * nothing (a down)
	 */
	JavaContext(BatchRunner batches, Running event, Progress progress) {
		this.batches = batches;
		this.event = event;
		this.progress = progress;
	}

	@Override
	public Connection connection() {
		return this.batches.executor().session().connection();
	}

	@Override
	public long batch(String table, String key, int size, Duration pause, BatchStatement statement) {
		Objects.requireNonNull(statement, "statement");
		if (this.event.transactional()) {
			throw new MigrationException(this.event.script() + ": migration " + this.event.version()
					+ " calls batch(…) but runs in one transaction, where its batches cannot commit on their own; "
					+ "override transactional() to return false");
		}
		BatchSpec spec = spec(table, key, size, pause);
		int index = this.walks++;
		int done = (this.progress != null) ? this.progress.walksDone() : 0;
		if (index < done) {
			logger.info("{} ({}): the batches of {} finished in an earlier run; skipped", this.event.version(),
					this.event.description(), table);
			return 0;
		}
		Long resumeAfter = (index == done && this.progress != null) ? this.progress.batchPosition() : null;
		String where = this.event.script();
		long rows = this.batches.walk(new BatchRunner.Walk(this.event, where, spec), resumeAfter, this.progress != null,
				(connection, first, last) -> {
					try {
						return statement.run(connection, first, last);
					}
					catch (SQLException ex) {
						throw failed(where + ": batch " + first + ".." + last + " of " + table + "." + key, ex);
					}
				});
		if (this.progress != null) {
			record(index + 1, false);
		}
		return rows;
	}

	/**
	 * Records an up as finished: the migration applied.
	 */
	void finish() {
		record(Math.max(this.walks, this.progress.walksDone()), true);
	}

	private void record(int walksDone, boolean finished) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - this.mark);
		this.mark = System.nanoTime();
		try {
			this.batches.executor()
				.session()
				.history()
				.recordProgress(connection(), this.event.version(), walksDone, finished, elapsed);
		}
		catch (SQLException ex) {
			throw new MigrationException(this.event.script() + ": could not record the migration's progress: "
					+ ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	private BatchSpec spec(String table, String key, int size, Duration pause) {
		try {
			return new BatchSpec(table, key, size, pause);
		}
		catch (NullPointerException | IllegalArgumentException ex) {
			throw new MigrationException(this.event.script() + ": migration " + this.event.version()
					+ ": batch(…) was given an invalid walk: " + ex.getMessage());
		}
	}

	/**
	 * Wraps a Java migration's driver error once, keeping it as the cause so that a
	 * {@code lock_timeout} is retried like a statement's.
	 * @param where the class, and the batch when it is one
	 * @param ex the driver's error
	 * @return the exception to throw
	 */
	static MigrationException failed(String where, SQLException ex) {
		String message = StatementErrors.serverMessage(String.valueOf(ex.getMessage()));
		return new MigrationException(where + ": " + (message.startsWith("FATAL: ") ? "" : "ERROR: ") + message
				+ ((ex.getSQLState() != null) ? " (SQLState " + ex.getSQLState() + ")" : ""), ex);
	}

	/**
	 * How far an interrupted up had got.
	 *
	 * @param walksDone the batch walks that finished
	 * @param batchPosition the last key of the walk under way, or {@code null}
	 */
	record Progress(int walksDone, Long batchPosition) {

		static Progress of(HistoryRow partial) {
			return (partial != null) ? new Progress(partial.statementsDone(), partial.batchPosition())
					: new Progress(0, null);
		}

	}

}
