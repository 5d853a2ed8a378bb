/**
 * What the engine knows of PostgreSQL itself: turning a driver's
 * {@link java.sql.SQLException} into a {@link dev.migrations.StatementException} that
 * points at the file, line and column, and reading the server's version.
 */
package dev.migrations.internal.postgres;
