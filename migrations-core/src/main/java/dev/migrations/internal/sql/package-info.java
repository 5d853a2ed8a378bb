/**
 * The one place that understands SQL statements, lexically here and by meaning in
 * {@link dev.migrations.internal.sql.ddl}. {@link dev.migrations.internal.sql.SqlLexer}
 * turns migration text into {@link dev.migrations.internal.sql.Token tokens} (quoted
 * strings in every form, quoted identifiers, dollar quotes, nested block comments,
 * parameters, psql meta-commands); {@link dev.migrations.internal.sql.StatementSplitter}
 * cuts a section into {@link dev.migrations.internal.sql.SqlStatement statements} the way
 * psql would (including {@code BEGIN ATOMIC} bodies), keeps each statement's tokens, and
 * rejects what only psql can run. A statement's text is lexed once, when its section is
 * split; everything after reads the kept tokens, never the raw text. No parser is
 * involved: decisions are made on keywords, never on the contents of quotes or comments.
 */
package dev.migrations.internal.sql;
