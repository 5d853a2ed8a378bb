package dev.migrations;

import java.time.Duration;
import java.util.List;

/**
 * Hears what a {@link Migrator} does, for metrics, tracing or logging: the one listener
 * SPI of the engine (its metrics live outside it, in whatever implements this). Every
 * method is a no-op by default. Methods are called on the thread running the command;
 * they must be quick and must not throw (an exception thrown here is logged and ignored).
 * Implementations used by several migrators, or by one migrator on several threads, must
 * be thread-safe.
 */
public interface MigrationListener {

	/** A listener that does nothing. */
	MigrationListener NONE = new MigrationListener() {
	};

	/**
	 * The migration lock was taken. A {@code migrate} that finds nothing to do takes no
	 * lock, and this is not called.
	 * @param waited how long it took to get it
	 */
	default void lockAcquired(Duration waited) {
	}

	/**
	 * A migration (its up or its down) is about to run.
	 * @param run which migration, which way; its duration is zero
	 */
	default void beforeMigration(MigrationRun run) {
	}

	/**
	 * A migration ran and was recorded.
	 * @param run which migration, which way, and how long it took
	 */
	default void afterMigration(MigrationRun run) {
	}

	/**
	 * A migration failed; it was rolled back (or recorded as partial when it runs in
	 * autocommit).
	 * @param run which migration, which way, and how long it ran before failing
	 * @param error what failed
	 */
	default void migrationFailed(MigrationRun run, MigrationException error) {
	}

	/**
	 * A migration (or, outside a transaction, one statement) hit PostgreSQL's
	 * {@code lock_timeout} and will be retried after a pause.
	 * @param run which migration, which way, and how long it has run so far
	 * @param retry the number of this retry (1 for the first)
	 * @param pause how long the runner waits before retrying
	 * @param blockedBy the sessions that held the lock it waited for, as far as they
	 * could be seen
	 */
	default void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
	}

	/**
	 * A batch of a batched statement ({@code -- migrate:batch}) was committed.
	 * @param run which migration, which way, and how long it has run so far
	 * @param progress how far the batched statement has got
	 */
	default void batchCompleted(MigrationRun run, BatchProgress progress) {
	}

	/**
	 * A listener that calls each of the given ones in order.
	 * @param listeners the listeners
	 * @return one listener for all of them
	 */
	static MigrationListener composite(List<? extends MigrationListener> listeners) {
		List<MigrationListener> copy = List.copyOf(listeners);
		if (copy.size() == 1) {
			return copy.get(0);
		}
		return new MigrationListener() {

			@Override
			public void lockAcquired(Duration waited) {
				copy.forEach((listener) -> listener.lockAcquired(waited));
			}

			@Override
			public void beforeMigration(MigrationRun run) {
				copy.forEach((listener) -> listener.beforeMigration(run));
			}

			@Override
			public void afterMigration(MigrationRun run) {
				copy.forEach((listener) -> listener.afterMigration(run));
			}

			@Override
			public void migrationFailed(MigrationRun run, MigrationException error) {
				copy.forEach((listener) -> listener.migrationFailed(run, error));
			}

			@Override
			public void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
				copy.forEach((listener) -> listener.lockRetry(run, retry, pause, blockedBy));
			}

			@Override
			public void batchCompleted(MigrationRun run, BatchProgress progress) {
				copy.forEach((listener) -> listener.batchCompleted(run, progress));
			}

		};
	}

}
