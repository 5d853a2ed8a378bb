/**
 * Finding migration files and reading them:
 * {@link dev.migrations.internal.discovery.ScriptScanner} lists the {@code .sql} files of
 * every location (classpath directories and jars, filesystem paths),
 * {@link dev.migrations.internal.discovery.ScriptParser} turns each into a
 * {@link dev.migrations.internal.discovery.MigrationScript}: version and description from
 * the name, the up and down sections split into statements, and the checksum of the up
 * section.
 */
package dev.migrations.internal.discovery;
