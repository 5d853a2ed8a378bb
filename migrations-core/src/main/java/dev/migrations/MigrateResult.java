package dev.migrations;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link Migrator#migrate()}: migrations applied, nothing to do, or a
 * failure after zero or more migrations were applied.
 */
public sealed interface MigrateResult {

	/**
	 * The migrations applied by this run, in order (empty when nothing was pending).
	 * @return the applied migrations
	 */
	List<MigrationRun> applied();

	/**
	 * Throws the failure, if this result is one.
	 * @return this result when it is not a failure
	 * @throws MigrationException the failure's exception
	 */
	default MigrateResult orThrow() {
		if (this instanceof Failed failed) {
			throw failed.error();
		}
		return this;
	}

	/**
	 * One or more migrations were applied.
	 *
	 * @param applied the migrations applied, in order
	 * @param current the version now current
	 */
	record Applied(List<MigrationRun> applied, Version current) implements MigrateResult {

		/**
		 * Copies the list.
		 * @throws IllegalArgumentException if the list is empty
		 */
		public Applied {
			applied = List.copyOf(applied);
			if (applied.isEmpty()) {
				throw new IllegalArgumentException("Applied needs at least one migration; use UpToDate");
			}
			Objects.requireNonNull(current, "current");
		}

	}

	/**
	 * Nothing was pending.
	 *
	 * @param current the current version, or {@code null} when nothing is applied and
	 * nothing exists
	 */
	record UpToDate(@Nullable Version current) implements MigrateResult {

		@Override
		public List<MigrationRun> applied() {
			return List.of();
		}

	}

	/**
	 * A migration failed. Those before it stay applied; the failed one was rolled back
	 * (or, when it runs in autocommit, recorded as partial so the next run resumes it).
	 *
	 * @param applied the migrations applied before the failure
	 * @param error what failed, and where
	 */
	record Failed(List<MigrationRun> applied, MigrationException error) implements MigrateResult {

		/**
		 * Copies the list.
		 * @throws NullPointerException if error is {@code null}
		 */
		public Failed {
			applied = List.copyOf(applied);
			Objects.requireNonNull(error, "error");
		}

	}

}
