/**
 * The safety linter and the plan, between splitting and execution: each pending statement
 * is read on its tokens into a {@link dev.migrations.internal.lint.Command} (what it does
 * to which table), its locks and rewrites are worked out, and the rules check it against
 * what exists — the live {@link dev.migrations.internal.lint.Catalog} plus the tables the
 * pending set itself creates — and the server version. Findings can be silenced with
 * {@code -- migrate:allow <rule-id> <reason>}. The entry points are
 * {@link dev.migrations.internal.lint.Linter} and
 * {@link dev.migrations.internal.lint.Planner}; nothing here executes SQL but
 * {@link dev.migrations.internal.lint.JdbcCatalog}, which only reads the catalog.
 */
package dev.migrations.internal.lint;
