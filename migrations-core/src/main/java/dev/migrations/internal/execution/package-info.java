/**
 * Running the commands. {@link dev.migrations.internal.execution.Engine} holds a
 * migrator's migrations, read once, and hands the work to two rooms:
 * {@link dev.migrations.internal.execution.SchemaChanger} (migrate, undo) takes the
 * migration lock and then its work connection
 * ({@link dev.migrations.internal.execution.RunConnections}, at most two connections),
 * compares files with history under the lock
 * ({@link dev.migrations.internal.execution.StatusCalculator}), and lets
 * {@link dev.migrations.internal.execution.MigrationRunner} execute each migration, in
 * one transaction or, when a statement cannot run in one, statement by statement in
 * autocommit, recording as it goes; {@link dev.migrations.internal.execution.Inspector}
 * (status, validate, lint, plan) reads the history on one session and changes nothing.
 * Java migrations run through {@link dev.migrations.internal.execution.JavaRunner}; SQL
 * and Java batches share the key walk of
 * {@link dev.migrations.internal.execution.BatchRunner}.
 */
package dev.migrations.internal.execution;
