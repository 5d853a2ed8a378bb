/**
 * What a statement is, read once from the tokens the splitter kept:
 * {@link dev.migrations.internal.sql.ddl.StatementClassifier} turns a statement into a
 * {@link dev.migrations.internal.sql.ddl.StatementDescription} — its
 * {@link dev.migrations.internal.sql.ddl.Command} (what it does to which table, with the
 * column, constraint and type details the linter reads), whether PostgreSQL refuses it in
 * a transaction block, whether it is long-running, and the
 * {@link dev.migrations.internal.sql.ddl.RelationLock relations it locks}. The readers
 * behind it walk tokens with a {@code TokenCursor}; unknown or unreadable statements
 * become {@link dev.migrations.internal.sql.ddl.Command.Other}, so describing never
 * fails. Discovery keeps the descriptions of each section; lint, plan, execution and
 * verify read them.
 */
package dev.migrations.internal.sql.ddl;
