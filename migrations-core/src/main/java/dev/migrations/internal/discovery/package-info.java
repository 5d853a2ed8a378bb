/**
 * Finding migration files and reading them:
 * {@link dev.migrations.internal.discovery.ScriptScanner} lists the {@code .sql} files of
 * every location (classpath directories and jars, filesystem paths),
 * {@link dev.migrations.internal.discovery.ScriptParser} turns each into a
 * {@link dev.migrations.internal.discovery.MigrationScript}: version and description from
 * the name, the up and down sections split into statements, and the checksum of the up
 * section. {@link dev.migrations.internal.discovery.ScriptSet#withJava} adds the Java
 * migrations registered with the migrator, each version claimed once.
 */
package dev.migrations.internal.discovery;
