package dev.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What a {@link JavaMigration} runs with: the migration's connection and a helper that
 * carries a large data change in small batches. Valid only during the call it is given
 * to; not thread-safe.
 */
public interface JavaMigrationContext {

	/**
	 * The migration's connection, with the run's {@code lock_timeout} and
	 * {@code statement_timeout} set. For a transactional migration it is inside the
	 * migration's transaction; otherwise it is in autocommit. Do not close it, commit it
	 * or change its autocommit mode.
	 * @return the connection
	 */
	Connection connection();

	/**
	 * Walks a table's integer key in key order, {@code size} keys a batch, and calls the
	 * statement once per batch with the batch's first and last key, with the same
	 * guarantees as {@code -- migrate:batch} in SQL: each batch runs in a transaction of
	 * its own with the batch's last key recorded in the history in that same transaction,
	 * so after a crash the next migrate resumes at the next batch and no batch runs
	 * twice; a batch that hits {@code lock_timeout} is retried alone; the walk pauses
	 * between batches, logs its progress (rows, batches, rate, time left) every ten
	 * seconds and reports each batch to {@link MigrationListener#batchCompleted}.
	 * <p>
	 * Only a non-transactional migration may call it. A migration may call it several
	 * times, but always in the same order: on a rerun after a crash, the walks that
	 * finished are skipped (returning 0) and the interrupted one resumes. In a down,
	 * nothing is recorded and the walk starts at the table's first key.
	 * @param table the table whose keys are walked (may be schema-qualified)
	 * @param key its integer key column
	 * @param size how many keys a batch covers, at least 1
	 * @param pause the pause between batches, not negative
	 * @param statement the work of one batch
	 * @return the rows the batches of this run changed, as the statement reported them
	 * @throws MigrationException if the migration is transactional, if the arguments are
	 * invalid, or if a batch fails (the batches before it stay committed)
	 */
	long batch(String table, String key, int size, Duration pause, BatchStatement statement);

	/**
	 * The work of one batch of {@link JavaMigrationContext#batch}.
	 */
	@FunctionalInterface
	interface BatchStatement {

		/**
		 * Changes the rows of one batch.
		 * @param connection the connection, inside the batch's transaction; do not commit
		 * it
		 * @param firstKey the batch's first key (inclusive)
		 * @param lastKey the batch's last key (inclusive)
		 * @return the rows changed, for progress reporting
		 * @throws SQLException if a statement fails: the batch is rolled back
		 */
		long run(Connection connection, long firstKey, long lastKey) throws SQLException;

	}

}
