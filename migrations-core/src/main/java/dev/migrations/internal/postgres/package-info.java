/**
 * What the engine knows of PostgreSQL and its drivers: turning a driver's
 * {@link java.sql.SQLException} into a {@link dev.migrations.StatementException} that
 * points at the file, line and column, opening connections within a bounded wait,
 * watching who blocks a statement, and the few pgjdbc settings reached by name (the
 * backend key that tells a pooler, the prepare threshold a pooler needs), and the one way
 * to ask a question answered by one value
 * ({@link dev.migrations.internal.postgres.SingleValue}).
 */
package dev.migrations.internal.postgres;
