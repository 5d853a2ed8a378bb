package dev.migrations.autoconfigure;

import dev.migrations.MigrationsConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Includes the migration files of the default location ({@code db/migrations/**}) in a
 * native image, as Boot does for Flyway's {@code db/migration}. Locations set in
 * {@code migrations.locations} and Java migration beans are registered by
 * {@link MigrationsAotProcessor}, which sees the application's configuration.
 */
class MigrationsRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(pattern(MigrationsConfiguration.DEFAULT_LOCATION));
	}

	/**
	 * The resource pattern of every file under a classpath location.
	 * @param location a {@code classpath:} location, or one without a prefix
	 * @return the pattern, such as {@code db/migrations/**}
	 */
	static String pattern(String location) {
		String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
		path = path.strip();
		while (path.startsWith("/")) {
			path = path.substring(1);
		}
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path.isEmpty() ? "**" : path + "/**";
	}

}
