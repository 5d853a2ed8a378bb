package dev.migrations.internal.execution;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.BatchProgress;
import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationListener.MigrationEvent;
import dev.migrations.internal.discovery.BatchSpec;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.sql.BatchPlaceholders;

/**
 * Runs a batched statement: walks the table's integer key in key order, {@code size} keys
 * a batch, runs the statement for each range in a transaction of its own (with the
 * batch's last key recorded in the history in that same transaction, so a crash resumes
 * at the next batch and no batch runs twice), pauses between batches, and logs progress
 * every ten seconds. A batch that hits {@code lock_timeout} is retried alone. Not
 * thread-safe.
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

	/**
	 * Runs every batch after a position.
	 * @param step which statement of which migration
	 * @param resumeAfter the last key already done, or {@code null} to start at the
	 * table's first key
	 * @param record whether to record progress in the history (up: yes; down: no)
	 */
	void run(Step step, Long resumeAfter, boolean record) {
		BatchSpec spec = step.section().batch(step.index());
		String where = step.script() + ":" + step.section().statements().get(step.index()).line();
		try {
			Long lower = (resumeAfter != null) ? resumeAfter : first(spec);
			if (lower == null) {
				logger.info("{}: {} is empty; nothing to batch", where, spec.table());
				return;
			}
			walk(step, spec, lower, record, estimate(spec));
		}
		catch (SQLException ex) {
			throw new MigrationException(where + ": could not walk " + spec.table() + "." + spec.key()
					+ " for -- migrate:batch: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	private void walk(Step step, BatchSpec spec, long start, boolean record, long estimated) throws SQLException {
		long lower = start;
		long batches = 0;
		long rows = 0;
		long began = System.nanoTime();
		long lastLog = began;
		String sql = step.section().statements().get(step.index()).sql();
		for (Long upper = upper(spec, lower); upper != null; upper = upper(spec, lower)) {
			long from = lower + 1;
			long to = upper;
			String bound = BatchPlaceholders.bind(sql, Map.of(BatchSpec.START, from, BatchSpec.END, to));
			long changed = this.retry.run(step.event(),
					() -> Transaction.run(this.executor, step.script(), (connection) -> {
						long count = this.executor.execute(step.script(), step.event().version(),
								step.section().statements(), step.index(), bound);
						if (record) {
							this.executor.session().history().recordBatch(connection, step.event().version(), to);
						}
						return count;
					}));
			lower = to;
			batches++;
			rows += Math.max(changed, 0);
			BatchProgress progress = new BatchProgress(spec.table(), batches, Math.max(estimated, batches), rows, to,
					Duration.ofNanos(System.nanoTime() - began));
			this.listener.batchCompleted(step.event(), progress);
			if (System.nanoTime() - lastLog >= LOG_EVERY_NANOS) {
				log(step, progress);
				lastLog = System.nanoTime();
			}
			LockRetry.sleep(spec.pause());
		}
		logger.info("{} ({}): batched statement done: {} rows in {} batches, {} ms", step.event().version(),
				step.event().description(), rows, batches, Duration.ofNanos(System.nanoTime() - began).toMillis());
	}

	private static void log(Step step, BatchProgress progress) {
		logger.info("{} ({}): {} rows, batch {} of ~{}, {} rows/s, about {} s left", step.event().version(),
				step.event().description(), progress.rows(), progress.batchesDone(), progress.batchesEstimated(),
				Math.round(progress.rowsPerSecond()), progress.estimatedTimeLeft().toSeconds());
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
	record Step(MigrationEvent event, String script, Section section, int index) {
	}

}
