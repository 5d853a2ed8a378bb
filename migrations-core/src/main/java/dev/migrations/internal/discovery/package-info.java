/**
 * Finding migration files and reading them:
 * {@link dev.migrations.internal.discovery.ScriptScanner} lists the {@code .sql} files of
 * every {@link dev.migrations.MigrationSource} (class path folders in directories and
 * jars, {@link dev.migrations.internal.discovery.ClasspathSource}; directories,
 * {@link dev.migrations.internal.discovery.FilesystemSource}; or a user's own),
 * {@link dev.migrations.internal.discovery.ScriptParser} turns each into a
 * {@link dev.migrations.internal.discovery.MigrationScript}: version and description from
 * the name, the up and down sections split into statements, and the checksum of the up
 * section. {@link dev.migrations.internal.discovery.MigrationSet#withJava} adds the Java
 * migrations registered with the migrator, each version claimed once.
 */
package dev.migrations.internal.discovery;
