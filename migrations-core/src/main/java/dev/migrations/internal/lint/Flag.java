package dev.migrations.internal.lint;

import java.util.Objects;

import dev.migrations.internal.sql.Token;
import dev.migrations.lint.LintSeverity;

/**
 * A problem a rule found in one statement, before it becomes a
 * {@link dev.migrations.lint.LintFinding}.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param at the token the problem is at, or null for the statement's start
 * @param message what is dangerous: the lock, the rewrite or scan, the breakage
 * @param alternative the safer way, with a short SQL example
 * @param severity the severity when it differs from the rule's, otherwise null
 */
record Flag(Token at, String message, String alternative, LintSeverity severity) {

	/**
	 * Validates the values.
	 */
	Flag {
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(alternative, "alternative");
	}

	/**
	 * A flag with the rule's severity.
	 * @param at the token, or null
	 * @param message what is dangerous
	 * @param alternative the safer way
	 * @return the flag
	 */
	static Flag at(Token at, String message, String alternative) {
		return new Flag(at, message, alternative, null);
	}

	/**
	 * The same flag with another severity.
	 * @param other the severity
	 * @return the flag
	 */
	Flag as(LintSeverity other) {
		return new Flag(this.at, this.message, this.alternative, other);
	}

}
