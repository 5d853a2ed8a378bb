package dev.migrations.lint;

import dev.migrations.Migrator;

/**
 * What the safety linter's findings do to {@link Migrator#migrate()}.
 */
public enum LintMode {

	/** An unsuppressed error finding stops migrate before anything runs (the default). */
	FAIL,

	/** Findings are logged; migrate goes on. */
	WARN,

	/** The linter does not run before migrate. */
	OFF

}
