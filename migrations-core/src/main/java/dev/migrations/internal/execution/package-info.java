/**
 * Running the commands: {@link dev.migrations.internal.execution.Engine} takes the
 * migration lock and then its work connection
 * ({@link dev.migrations.internal.execution.RunConnections}, at most two connections),
 * compares files with history
 * ({@link dev.migrations.internal.execution.StatusCalculator}), and lets
 * {@link dev.migrations.internal.execution.MigrationRunner} execute each migration, in
 * one transaction or, when a statement cannot run in one, statement by statement in
 * autocommit, recording as it goes. Java migrations run through
 * {@link dev.migrations.internal.execution.JavaRunner}; SQL and Java batches share the
 * key walk of {@link dev.migrations.internal.execution.BatchRunner}.
 */
package dev.migrations.internal.execution;
