package dev.migrations.internal.execution;

import java.util.List;

import dev.migrations.JavaMigration;
import dev.migrations.MigrationSource;
import dev.migrations.MigrationsConfiguration;

/**
 * What an engine migrates from: the sources of its files and its Java migrations.
 *
 * @param sources where the files are; empty for the configuration's locations
 * @param javaMigrations the Java migrations, ordered with the files by version
 */
public record Inputs(List<MigrationSource> sources, List<JavaMigration> javaMigrations) {

	/**
	 * Copies the lists.
	 */
	public Inputs {
		sources = List.copyOf(sources);
		javaMigrations = List.copyOf(javaMigrations);
	}

	/**
	 * The sources to read: the given ones, or else those of the configuration's
	 * locations.
	 * @param configuration the configuration
	 * @return the sources
	 */
	List<MigrationSource> sourcesOf(MigrationsConfiguration configuration) {
		if (!this.sources.isEmpty()) {
			return this.sources;
		}
		return configuration.locations()
			.stream()
			.map((location) -> MigrationSource.of(location, configuration.classLoader()))
			.toList();
	}

}
