package dev.migrations;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Hears what a {@link Migrator} does, for metrics, tracing or logging. Every method is a
 * no-op by default. Methods are called on the thread running the command; they must be
 * quick and must not throw (an exception thrown here is logged and ignored).
 */
public interface MigrationListener {

	/** A listener that does nothing. */
	MigrationListener NONE = new MigrationListener() {
	};

	/**
	 * The migration lock was taken.
	 * @param waited how long it took to get it
	 */
	default void lockAcquired(Duration waited) {
	}

	/**
	 * A migration (its up or its down) is about to run.
	 * @param event which migration, which way
	 */
	default void beforeMigration(MigrationEvent event) {
	}

	/**
	 * A migration ran and was recorded.
	 * @param event which migration, which way
	 * @param duration how long it took
	 */
	default void afterMigration(MigrationEvent event, Duration duration) {
	}

	/**
	 * A migration failed; it was rolled back (or recorded as partial when it runs in
	 * autocommit).
	 * @param event which migration, which way
	 * @param error what failed
	 * @param duration how long it ran before failing
	 */
	default void migrationFailed(MigrationEvent event, MigrationException error, Duration duration) {
	}

	/**
	 * A migration (or, outside a transaction, one statement) hit PostgreSQL's
	 * {@code lock_timeout} and will be retried after a pause.
	 * @param event which migration, which way
	 * @param retry the number of this retry (1 for the first)
	 * @param pause how long the runner waits before retrying
	 * @param blockedBy the sessions that held the lock it waited for, as far as they
	 * could be seen
	 */
	default void lockRetry(MigrationEvent event, int retry, Duration pause, String blockedBy) {
	}

	/**
	 * A batch of a batched statement ({@code -- migrate:batch}) was committed.
	 * @param event which migration, which way
	 * @param progress how far the batched statement has got
	 */
	default void batchCompleted(MigrationEvent event, BatchProgress progress) {
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
			public void beforeMigration(MigrationEvent event) {
				copy.forEach((listener) -> listener.beforeMigration(event));
			}

			@Override
			public void afterMigration(MigrationEvent event, Duration duration) {
				copy.forEach((listener) -> listener.afterMigration(event, duration));
			}

			@Override
			public void migrationFailed(MigrationEvent event, MigrationException error, Duration duration) {
				copy.forEach((listener) -> listener.migrationFailed(event, error, duration));
			}

			@Override
			public void lockRetry(MigrationEvent event, int retry, Duration pause, String blockedBy) {
				copy.forEach((listener) -> listener.lockRetry(event, retry, pause, blockedBy));
			}

			@Override
			public void batchCompleted(MigrationEvent event, BatchProgress progress) {
				copy.forEach((listener) -> listener.batchCompleted(event, progress));
			}

		};
	}

	/**
	 * One migration about to run, or that ran.
	 *
	 * @param version the version
	 * @param description the description
	 * @param script the file name
	 * @param direction up (migrate) or down (undo)
	 * @param transactional whether it runs in one transaction
	 */
	record MigrationEvent(Version version, String description, String script, Direction direction,
			boolean transactional) {

		/**
		 * Validates the values.
		 * @throws NullPointerException if any value is {@code null}
		 */
		public MigrationEvent {
			Objects.requireNonNull(version, "version");
			Objects.requireNonNull(description, "description");
			Objects.requireNonNull(script, "script");
			Objects.requireNonNull(direction, "direction");
		}

	}

	/**
	 * Which section of a migration runs.
	 */
	enum Direction {

		/** The up section, run by migrate. */
		UP,

		/** The down section, run by undo. */
		DOWN

	}

}
