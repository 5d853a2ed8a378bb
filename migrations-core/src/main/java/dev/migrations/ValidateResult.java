package dev.migrations;

import java.util.List;

/**
 * The outcome of {@link Migrator#validate()}.
 */
public sealed interface ValidateResult {

	/**
	 * Everything applied matches its file and nothing is pending.
	 *
	 * @param status the status that was checked
	 */
	record Valid(MigrationStatus status) implements ValidateResult {
	}

	/**
	 * Something is pending, changed, missing, out of order or partial.
	 *
	 * @param status the status that was checked
	 * @param problems every problem found
	 */
	record Invalid(MigrationStatus status, List<ValidationProblem> problems) implements ValidateResult {

		/**
		 * Copies the list.
		 * @throws IllegalArgumentException if there is no problem
		 */
		public Invalid {
			problems = List.copyOf(problems);
			if (problems.isEmpty()) {
				throw new IllegalArgumentException("Invalid needs at least one problem; use Valid");
			}
		}

		/**
		 * The problems as an exception.
		 * @return an exception listing every problem
		 */
		public ValidationException toException() {
			return new ValidationException(this.problems);
		}

	}

}
