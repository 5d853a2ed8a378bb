/**
 * What {@link dev.migrations.verify.Verifier verify} observes, after the pipeline has
 * run: {@link dev.migrations.internal.snapshot.SnapshotReader} reads a
 * {@link dev.migrations.internal.snapshot.SchemaSnapshot} of the migrated schemas from
 * {@code pg_catalog} (tables, columns, constraints, indexes, sequences, views, functions,
 * triggers, enum types, extensions and their comments; the history table left out),
 * {@link dev.migrations.internal.snapshot.SnapshotDiff} compares two of them into sorted,
 * readable differences, {@link dev.migrations.internal.snapshot.TouchedTables} finds on
 * the lexer's tokens which tables a migration names, and
 * {@link dev.migrations.internal.snapshot.LockSampler} watches {@code pg_locks} from a
 * connection of its own while a migration runs. {@link DatabaseProbe} ties them to one
 * data source. Nothing here changes the database.
 */
package dev.migrations.internal.snapshot;
