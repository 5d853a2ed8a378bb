package dev.migrations.autoconfigure;

import dev.migrations.Migrator;

/**
 * Decides what runs at start-up, in place of {@code migrations.mode}: the auto-configured
 * initializer hands the migrator to the application's bean of this type, before any bean
 * that uses the schema starts. For example, validate first and migrate only up to a
 * target. Ignored by the one-shot commands ({@code migrations.command}).
 */
@FunctionalInterface
public interface MigrationStrategy {

	/**
	 * Runs what the application wants at start-up.
	 * @param migrator the auto-configured migrator
	 * @throws dev.migrations.MigrationException to stop the start-up; the failure report
	 * explains it like a failed migration
	 */
	void migrate(Migrator migrator);

}
