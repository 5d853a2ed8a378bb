package dev.migrations.lint;

/**
 * How serious a {@link LintFinding} is. With {@code migrations.lint.mode=fail} an
 * unsuppressed {@link #ERROR} stops {@code migrate}; a {@link #WARNING} never does.
 * Severity never depends on how many rows a table has today.
 */
public enum LintSeverity {

	/**
	 * A form that locks, rewrites or breaks a live application; stops migrate in fail
	 * mode.
	 */
	ERROR,

	/** A form worth a second look that is often acceptable; reported, never blocking. */
	WARNING

}
