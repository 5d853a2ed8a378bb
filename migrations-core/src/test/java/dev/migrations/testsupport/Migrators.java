package dev.migrations.testsupport;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;

/**
 * The migrator a test builds: a test database, a folder of migration files, and, where
 * the test is about one, a setting or two.
 */
public final class Migrators {

	private Migrators() {
	}

	/**
	 * A migrator of the files of a folder, with the default configuration.
	 * @param database the test database
	 * @param scripts the folder of migration files
	 * @return the migrator
	 */
	public static Migrator migrator(TestDatabase database, ScriptFolder scripts) {
		return migrator(database, scripts, MigrationsConfiguration.builder());
	}

	/**
	 * A migrator of the files of a folder, with the settings of a builder (its locations
	 * replaced by the folder).
	 * @param database the test database
	 * @param scripts the folder of migration files
	 * @param settings the other settings
	 * @return the migrator
	 */
	public static Migrator migrator(TestDatabase database, ScriptFolder scripts,
			MigrationsConfiguration.Builder settings) {
		return Migrator.builder(database.dataSource())
			.configuration(settings.locations(scripts.location()).build())
			.build();
	}

}
