/**
 * The safety linter and the dry run, as a user sees them: a
 * {@link dev.migrations.lint.LintFinding} names its rule, file, line and column, its
 * {@link dev.migrations.lint.LintSeverity} and the safe alternative;
 * {@link dev.migrations.lint.MigrationPlan} lists each pending statement with the
 * {@link dev.migrations.lint.LockLevel lock} it takes on which table; the
 * {@link dev.migrations.lint.LintMode} decides whether findings stop a migrate (with a
 * {@link dev.migrations.lint.LintException}). Reached through
 * {@link dev.migrations.Migrator#lint()} and {@link dev.migrations.Migrator#plan()}.
 * <p>
 * Null-marked: a value that may be absent is {@code @Nullable}; every other one is never
 * {@code null}.
 */
@NullMarked
package dev.migrations.lint;

import org.jspecify.annotations.NullMarked;
