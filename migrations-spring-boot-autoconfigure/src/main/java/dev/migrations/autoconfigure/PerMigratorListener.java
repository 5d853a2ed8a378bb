package dev.migrations.autoconfigure;

import dev.migrations.MigrationListener;
import org.jspecify.annotations.Nullable;

/**
 * A listener bean that hears each migrator on its own: every migrator the
 * auto-configuration builds (the application's, one per
 * {@code migrations.datasources.<name>}, one per tenant) is given the listener this
 * returns for it, so that what it records can carry the migrator's name and tenant (the
 * metrics' {@code migrator} and {@code tenant} tags). A bean that is also a
 * {@link MigrationListener} is given only this way.
 */
@FunctionalInterface
public interface PerMigratorListener {

	/**
	 * The listener of one migrator.
	 * @param migrator the migrator's name (its bean name)
	 * @param tenant the tenant it migrates, or {@code null}
	 * @return the listener
	 */
	MigrationListener forMigrator(String migrator, @Nullable String tenant);

}
