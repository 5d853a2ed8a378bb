package dev.migrations.sample.database;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on, read from
 * {@code sample.embedded-postgres.*} (or the environment variables
 * {@code SAMPLE_EMBEDDEDPOSTGRES_DATADIRECTORY} and
 * {@code SAMPLE_EMBEDDEDPOSTGRES_PORT}).
 *
 * @param dataDirectory the data directory, kept between runs; a relative path is resolved
 * against the working directory
 * @param port the port, or 0 for any free port
 */
record EmbeddedPostgresSettings(Path dataDirectory, int port) {

	static final String PREFIX = "sample.embedded-postgres.";

	static final String DEFAULT_DATA_DIRECTORY = "target/embedded-postgres";

	static final int DEFAULT_PORT = 54329;

	EmbeddedPostgresSettings {
		if (dataDirectory == null) {
			throw new IllegalArgumentException(PREFIX + "data-directory must not be empty");
		}
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException(PREFIX + "port must be between 0 and 65535, was " + port);
		}
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
	}

	/**
	 * Reads the settings, falling back to the defaults.
	 * @param environment the application's environment
	 * @return the settings
	 * @throws IllegalArgumentException if a value is invalid; the message names the
	 * property
	 */
	static EmbeddedPostgresSettings from(Environment environment) {
		String dataDirectory = environment.getProperty(PREFIX + "data-directory", DEFAULT_DATA_DIRECTORY);
		if (dataDirectory.isBlank()) {
			throw new IllegalArgumentException(PREFIX + "data-directory must not be empty");
		}
		Integer port = environment.getProperty(PREFIX + "port", Integer.class, DEFAULT_PORT);
		return new EmbeddedPostgresSettings(Path.of(dataDirectory.strip()), port);
	}

}
