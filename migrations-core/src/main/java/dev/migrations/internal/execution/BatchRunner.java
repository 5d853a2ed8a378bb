package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import dev.migrations.BatchProgress;
import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.internal.discovery.BatchSpec;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.postgres.SingleValue;
import dev.migrations.internal.sql.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a table's integer key in key order, {@code size} keys a batch, and runs each
 * batch in a transaction of its own, with the batch's last key recorded in the history in
 * that same transaction (so a crash resumes at the next batch and no batch runs twice),
 * committed without waiting for the WAL flush (the walk's end is recorded durably),
 * pauses between batches, and logs progress every ten seconds. A batch that hits
 * {@code lock_timeout} is retried alone. What a batch does is the caller's: an SQL
 * batched statement ({@code -- migrate:batch}) with {@code :batch_start} and
 * {@code :batch_end} bound, or a Java migration's callback. Not thread-safe.
 */
final class BatchRunner {

	private static final Logger logger = LoggerFactory.getLogger(BatchRunner.class);

	private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

	private final StatementExecutor executor;

	private final LockRetry retry;

	private final MigrationListener listener;

	BatchRunner(StatementExecutor executor, LockRetry retry, MigrationListener listener) {
		this.executor = executor;
		this.retry = retry;
		this.listener = listener;
	}

	StatementExecutor executor() {
		return this.executor;
	}

	/**
	 * Runs every batch of an SQL batched statement after a position.
	 * @param step which statement of which migration
	 * @param resumeAfter the last key already done, or {@code null} to start at the
	 * table's first key
	 * @param record whether to record progress in the history (up: yes; down: no)
	 */
	void run(Step step, Long resumeAfter, boolean record) {
		SqlStatement statement = step.section().statements().get(step.index());
		Walk walk = new Walk(step.event(), step.script() + ":" + statement.line(), step.section().batch(step.index()));
		StatementExecutor.StatementAt at = new StatementExecutor.StatementAt(step.script(), step.event().version(),
				step.section(), step.index());
		walk(walk, resumeAfter, record,
				(connection, from, to) -> this.executor.execute(at, Map.of(BatchSpec.START, from, BatchSpec.END, to)));
	}

	/**
	 * Runs every batch of a walk after a position.
	 * @param walk which table, for which migration
	 * @param resumeAfter the last key already done, or {@code null} to start at the
	 * table's first key
	 * @param record whether to record progress in the history (up: yes; down: no)
	 * @param batch the work of one batch
	 * @return the rows the batches changed
	 */
	long walk(Walk walk, Long resumeAfter, boolean record, Batch batch) {
		BatchSpec spec = walk.spec();
		try {
			Long lower = (resumeAfter != null) ? resumeAfter : first(spec);
			if (lower == null) {
				logger.info("{}: {} is empty; nothing to batch", walk.where(), spec.table());
				return 0;
			}
			String synchronousCommit = synchronousCommit("off");
			try {
				return walk(walk, lower, record, batch, estimate(spec));
			}
			finally {
				restore(synchronousCommit);
			}
		}
		catch (SQLException ex) {
			throw new MigrationException(walk.where() + ": could not walk " + spec.table() + "." + spec.key()
					+ " in batches: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	private long walk(Walk walk, long start, boolean record, Batch batch, long estimated) throws SQLException {
		BatchSpec spec = walk.spec();
		Running event = walk.event();
		long lower = start;
		long batches = 0;
		long rows = 0;
		long began = System.nanoTime();
		long lastLog = began;
		WalkTimes phases = new WalkTimes();
		for (Long upper = phases.range(() -> upper(spec, start)); upper != null; upper = phases
			.range(next(spec, lower))) {
			long from = lower + 1;
			long to = upper;
			long transaction = System.nanoTime();
			long changed = this.retry.run(event, () -> Transaction.run(this.executor, walk.where(), (connection) -> {
				long count = phases.statement(() -> batch.run(connection, from, to));
				if (record) {
					phases
						.progress(() -> this.executor.session().history().recordBatch(connection, event.version(), to));
				}
				return count;
			}));
			phases.transaction(System.nanoTime() - transaction);
			lower = to;
			batches++;
			rows += Math.max(changed, 0);
			BatchProgress progress = new BatchProgress(spec.table(), batches, Math.max(estimated, batches), rows, to,
					Duration.ofNanos(System.nanoTime() - began));
			this.listener.batchCompleted(event.soFar(), progress);
			if (System.nanoTime() - lastLog >= LOG_EVERY_NANOS) {
				log(event, progress);
				lastLog = System.nanoTime();
			}
			LockRetry.sleep(spec.pause());
		}
		logger.info("{} ({}): batches of {} done: {} rows in {} batches, {} ms ({})", event.version(),
				event.description(), spec.table(), rows, batches,
				Duration.ofNanos(System.nanoTime() - began).toMillis(), phases);
		return rows;
	}

	private WalkTimes.SqlCall<Long> next(BatchSpec spec, long lower) {
		return () -> upper(spec, lower);
	}

	private static void log(Running event, BatchProgress progress) {
		logger.info("{} ({}): {} rows, batch {} of ~{}, {} rows/s, about {} s left", event.version(),
				event.description(), progress.rows(), progress.batchesDone(), progress.batchesEstimated(),
				Math.round(progress.rowsPerSecond()), progress.estimatedTimeLeft().toSeconds());
	}

	/**
	 * Sets {@code synchronous_commit} for the session, so that each batch commits without
	 * waiting for its WAL to reach the disk (or a synchronous standby). A crash then
	 * loses at most the last few batches, each with the progress row it committed with,
	 * so the next run redoes exactly those; the statement's completion is recorded after
	 * the setting is restored, with an ordinary commit that makes every batch before it
	 * durable too.
	 * @param value the value to set
	 * @return the value it had
	 */
	private String synchronousCommit(String value) throws SQLException {
		return SingleValue.query(this.executor.session().connection(), String.class,
				"SELECT current_setting('synchronous_commit'), set_config('synchronous_commit', ?, false)", value);
	}

	private void restore(String synchronousCommit) {
		try {
			synchronousCommit(synchronousCommit);
		}
		catch (SQLException ex) {
			// the session is broken: the failure that broke it is the one to report
			logger.debug("Could not restore synchronous_commit", ex);
		}
	}

	private Long first(BatchSpec spec) throws SQLException {
		return single("SELECT min(" + spec.key() + ") - 1 FROM " + spec.table(), null);
	}

	private Long upper(BatchSpec spec, long lower) throws SQLException {
		Long upper = single("SELECT " + spec.key() + " FROM " + spec.table() + " WHERE " + spec.key() + " > ? ORDER BY "
				+ spec.key() + " OFFSET " + (spec.size() - 1) + " LIMIT 1", lower);
		return (upper != null) ? upper : single(
				"SELECT max(" + spec.key() + ") FROM " + spec.table() + " WHERE " + spec.key() + " > ?", lower);
	}

	private long estimate(BatchSpec spec) throws SQLException {
		Long rows = single("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass('"
				+ spec.table().replace("'", "''") + "')", null);
		return (rows == null || rows == 0) ? 0 : (rows + spec.size() - 1) / spec.size();
	}

	private Long single(String sql, Long parameter) throws SQLException {
		try (PreparedStatement statement = this.executor.session().connection().prepareStatement(sql)) {
			if (parameter != null) {
				statement.setLong(1, parameter);
			}
			try (ResultSet row = statement.executeQuery()) {
				return (row.next() && row.getObject(1) != null) ? row.getLong(1) : null;
			}
		}
	}

	/**
	 * One batched statement of one migration.
	 *
	 * @param event the migration
	 * @param script the file name, for errors
	 * @param section the section holding the statement
	 * @param index the statement's index
	 */
	record Step(Running event, String script, Section section, int index) {
	}

	/**
	 * One walk of one migration.
	 *
	 * @param event the migration
	 * @param where the file and line, or the class name, for messages
	 * @param spec the table, key, batch size and pause
	 */
	record Walk(Running event, String where, BatchSpec spec) {
	}

	/**
	 * The work of one batch, inside the batch's transaction.
	 */
	@FunctionalInterface
	interface Batch {

		/**
		 * Changes the rows of one batch.
		 * @param connection the connection, in the batch's transaction
		 * @param firstKey the first key (inclusive)
		 * @param lastKey the last key (inclusive)
		 * @return the rows changed, or -1 when unknown
		 * @throws SQLException if the history cannot be written
		 */
		long run(Connection connection, long firstKey, long lastKey) throws SQLException;

	}

}
