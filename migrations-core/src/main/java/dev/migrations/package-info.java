/**
 * The engine's public API: {@link dev.migrations.Migrator}, the facade built by its
 * builder (migrate, undo, status, validate, lint, plan), its immutable
 * {@link dev.migrations.MigrationsConfiguration}, where migrations come from
 * ({@link dev.migrations.MigrationSource}, or {@link dev.migrations.JavaMigration} code),
 * the sealed results of each command, the one listener SPI
 * ({@link dev.migrations.MigrationListener}) and the exception root
 * ({@link dev.migrations.MigrationException}) with its structured subclasses. The linter
 * lives in {@code dev.migrations.lint}, pre-deploy verification in
 * {@code dev.migrations.verify}; everything under {@code dev.migrations.internal} may
 * change without notice.
 * <p>
 * Null-marked: a value that may be absent is {@code @Nullable}; every other one is never
 * {@code null}.
 */
@NullMarked
package dev.migrations;

import org.jspecify.annotations.NullMarked;
