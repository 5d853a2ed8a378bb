/**
 * What the engine knows of PostgreSQL and its drivers: turning a driver's
 * {@link java.sql.SQLException} into a {@link dev.migrations.StatementException} that
 * points at the file, line and column, opening connections within a bounded wait,
 * watching who blocks a statement, and the few pgjdbc settings reached by name (the
 * backend key that tells a pooler, the prepare threshold a pooler needs).
 */
package dev.migrations.internal.postgres;
