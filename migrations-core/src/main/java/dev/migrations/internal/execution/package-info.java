/**
 * Running the commands: {@link dev.migrations.internal.execution.Engine} opens a
 * {@link dev.migrations.internal.execution.Session} (work connection, history table,
 * lock), compares files with history
 * ({@link dev.migrations.internal.execution.StatusCalculator}), and lets
 * {@link dev.migrations.internal.execution.ScriptRunner} execute each migration, in one
 * transaction or, when a statement cannot run in one, statement by statement in
 * autocommit, recording as it goes. Java migrations run through
 * {@link dev.migrations.internal.execution.JavaRunner}; SQL and Java batches share the
 * key walk of {@link dev.migrations.internal.execution.BatchRunner}.
 */
package dev.migrations.internal.execution;
