package dev.migrations.internal.lint;

import java.util.Objects;
import java.util.function.Consumer;

import dev.migrations.lint.LintSeverity;

/**
 * One lint rule: its id (as written in {@code -- migrate:allow <rule-id> …}), its usual
 * severity, and its check of one statement.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param id the rule's id, such as {@code index-concurrently}
 * @param severity the severity of its findings unless a flag says otherwise
 * @param check the check
 */
record Rule(String id, LintSeverity severity, Check check) {

	/**
	 * Validates the values.
	 */
	Rule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(check, "check");
	}

	/**
	 * Checks one statement.
	 */
	@FunctionalInterface
	interface Check {

		/**
		 * Looks at a statement in its context and reports what is dangerous.
		 * @param context the statement, what it does, and what exists
		 * @param flags receives one flag per problem
		 */
		void check(StatementContext context, Consumer<Flag> flags);

	}

}
