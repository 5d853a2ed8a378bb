/**
 * The history table ({@code schema_migrations} by default): what is applied, with its
 * checksum, its down section as applied, who applied it, when, how long it took, and, for
 * a non-transactional migration that stopped part-way, how many statements ran; what a
 * Flyway history hands over ({@link dev.migrations.internal.history.FlywayImport}) and a
 * baseline ({@link dev.migrations.internal.history.BaselineRecorder}).
 */
package dev.migrations.internal.history;
