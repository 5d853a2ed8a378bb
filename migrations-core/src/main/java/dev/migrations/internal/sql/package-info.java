/**
 * PostgreSQL's lexical rules in Java: {@link dev.migrations.internal.sql.SqlLexer} turns
 * migration text into {@link dev.migrations.internal.sql.Token tokens} (quoted strings in
 * every form, quoted identifiers, dollar quotes, nested block comments, parameters, psql
 * meta-commands), and everything else in this package reads those tokens rather than the
 * raw text: {@link dev.migrations.internal.sql.StatementSplitter} cuts a section into
 * {@link dev.migrations.internal.sql.SqlStatement statements} the way psql would
 * (including {@code BEGIN ATOMIC} bodies) and rejects what only psql can run, and
 * {@link dev.migrations.internal.sql.TransactionRules} tells which statements PostgreSQL
 * refuses inside a transaction block. No parser is involved: decisions are made on
 * keywords, never on the contents of quotes or comments.
 */
package dev.migrations.internal.sql;
