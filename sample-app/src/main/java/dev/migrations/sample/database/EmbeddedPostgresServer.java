package dev.migrations.sample.database;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.DisposableBean;

/**
 * A running embedded PostgreSQL whose data outlives it: the next start on the same data
 * directory finds every table and row again. Registered in the application context as
 * bean {@value #BEAN_NAME}, the first bean to register a destroy callback, so that it
 * stops last, after the connection pool is closed. Thread-safe.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

	/** The name of the bean. */
	public static final String BEAN_NAME = "embeddedPostgresServer";

	/** The database and user the application connects to. */
	static final String DATABASE_AND_USER = "postgres";

	private final EmbeddedPostgres postgres;

	private final EmbeddedPostgresSettings settings;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedPostgresSettings settings) {
		this.postgres = postgres;
		this.settings = settings;
	}

	/**
	 * Starts a server, creating its data directory on the first run only.
	 * @param settings the data directory and port
	 * @return the running server
	 * @throws IllegalStateException if the server does not start
	 */
	static EmbeddedPostgresServer start(EmbeddedPostgresSettings settings) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(settings.dataDirectory())
			.setCleanDataDirectory(false);
		if (settings.port() != 0) {
			builder.setPort(settings.port());
		}
		try {
			return new EmbeddedPostgresServer(builder.start(), settings);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL with its data in "
					+ settings.dataDirectory() + " on port " + settings.port() + ": " + ex.getMessage()
					+ ". Set spring.datasource.url to use a server of your own, " + EmbeddedPostgresSettings.PREFIX
					+ "port=0 for any free port, or, if initdb says it cannot be run as root, run as a non-root user",
					ex);
		}
	}

	/**
	 * The JDBC URL of the {@value #DATABASE_AND_USER} database.
	 * @return the URL, without credentials
	 */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE_AND_USER;
	}

	/**
	 * The port the server listens on.
	 * @return the port
	 */
	public int port() {
		return this.postgres.getPort();
	}

	/**
	 * The settings the server was started with.
	 * @return the settings
	 */
	EmbeddedPostgresSettings settings() {
		return this.settings;
	}

	/**
	 * Stops the server and keeps its data directory. Stopping twice does nothing more.
	 * @throws UncheckedIOException if the server does not stop
	 */
	@Override
	public void destroy() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
		}
	}

}
