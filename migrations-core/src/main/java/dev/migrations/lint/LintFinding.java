package dev.migrations.lint;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One thing the linter found in a pending migration: which rule, how serious, where, what
 * is dangerous (the lock taken, whether the table is rewritten or scanned) and the safer
 * way, with a short SQL example. A finding silenced by a
 * {@code -- migrate:allow <rule-id> <reason>} line is kept, marked suppressed, with the
 * reason.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param ruleId the rule, such as {@code index-concurrently}
 * @param severity how serious it is
 * @param script the migration's file name
 * @param line the 1-based line in the file, or 0 for the whole file
 * @param column the 1-based column, or 0 for the whole line
 * @param message what is dangerous and why
 * @param alternative the safer way, with a short SQL example
 * @param suppressed whether an allow directive silences it
 * @param suppressionReason the allow's reason when suppressed, otherwise {@code null}
 */
public record LintFinding(String ruleId, LintSeverity severity, String script, int line, int column, String message,
		String alternative, boolean suppressed, @Nullable String suppressionReason) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value other than suppressionReason is null
	 * @throws IllegalArgumentException if ruleId, script or message is blank, line or
	 * column is negative, or suppressionReason is blank when suppressed or present when
	 * not
	 */
	public LintFinding {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(alternative, "alternative");
		if (ruleId.isBlank() || script.isBlank() || message.isBlank()) {
			throw new IllegalArgumentException("A finding needs a rule, a script and a message");
		}
		if (line < 0 || column < 0) {
			throw new IllegalArgumentException(
					"Finding positions are 1-based (0 for none), got " + line + ":" + column);
		}
		if (suppressed == (suppressionReason == null) || (suppressed && suppressionReason.isBlank())) {
			throw new IllegalArgumentException(
					"A suppressed finding needs a reason, and only a suppressed one has one");
		}
	}

	/**
	 * The same finding, silenced by an allow directive.
	 * @param reason the allow's reason
	 * @return a suppressed copy
	 * @throws IllegalArgumentException if reason is blank
	 */
	public LintFinding suppress(String reason) {
		return new LintFinding(this.ruleId, this.severity, this.script, this.line, this.column, this.message,
				this.alternative, true, reason);
	}

	/**
	 * Whether this finding stops {@code migrate} when {@code migrations.lint.mode} is
	 * {@code fail}.
	 * @return {@code true} for an error that is not suppressed
	 */
	public boolean blocking() {
		return this.severity == LintSeverity.ERROR && !this.suppressed;
	}

	/**
	 * The finding on one line, for a terminal:
	 * {@code script:line:col: rule-id: severity: message Instead: alternative}, followed
	 * by {@code (suppressed: reason)} when suppressed.
	 * @return the line
	 */
	public String format() {
		StringBuilder text = new StringBuilder(this.script);
		if (this.line > 0) {
			text.append(':').append(this.line);
			if (this.column > 0) {
				text.append(':').append(this.column);
			}
		}
		text.append(": ").append(this.ruleId).append(": ").append(this.severity.name().toLowerCase(Locale.ROOT));
		text.append(": ").append(this.message);
		if (!this.alternative.isEmpty()) {
			text.append(" Instead: ").append(this.alternative);
		}
		if (this.suppressed) {
			text.append(" (suppressed: ").append(this.suppressionReason).append(')');
		}
		return text.toString();
	}

}
