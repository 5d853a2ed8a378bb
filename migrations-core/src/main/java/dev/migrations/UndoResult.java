package dev.migrations;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link Migrator#undo()}: migrations undone, nothing to undo, or a
 * failure after zero or more were undone.
 */
public sealed interface UndoResult {

	/**
	 * The migrations undone by this run, newest first.
	 * @return the undone migrations
	 */
	List<MigrationRun> undone();

	/**
	 * Throws the failure, if this result is one.
	 * @return this result when it is not a failure
	 * @throws MigrationException the failure's exception
	 */
	default UndoResult orThrow() {
		if (this instanceof Failed failed) {
			throw failed.error();
		}
		return this;
	}

	/**
	 * One or more migrations were undone.
	 *
	 * @param undone the migrations undone, newest first
	 * @param current the version now current, or {@code null} when nothing is applied any
	 * more
	 */
	record Undone(List<MigrationRun> undone, @Nullable Version current) implements UndoResult {

		/**
		 * Copies the list.
		 * @throws IllegalArgumentException if the list is empty
		 */
		public Undone {
			undone = List.copyOf(undone);
			if (undone.isEmpty()) {
				throw new IllegalArgumentException("Undone needs at least one migration; use NothingToUndo");
			}
		}

	}

	/**
	 * Nothing was applied above the target.
	 *
	 * @param current the current version, or {@code null} when nothing is applied
	 */
	record NothingToUndo(@Nullable Version current) implements UndoResult {

		@Override
		public List<MigrationRun> undone() {
			return List.of();
		}

	}

	/**
	 * An undo failed; those undone before it stay undone, the failed one was rolled back.
	 *
	 * @param undone the migrations undone before the failure
	 * @param error what failed, and where
	 */
	record Failed(List<MigrationRun> undone, MigrationException error) implements UndoResult {

		/**
		 * Copies the list.
		 * @throws NullPointerException if error is {@code null}
		 */
		public Failed {
			undone = List.copyOf(undone);
			Objects.requireNonNull(error, "error");
		}

	}

}
