package dev.migrations.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * Where the migrator connects, when that is not simply the application's DataSource. The
 * auto-configuration provides one from {@code migrations.url}, {@code user} and
 * {@code password}; a Testcontainers {@code @ServiceConnection} PostgreSQL container and
 * Boot's docker compose support provide their own, which then win over the properties.
 * How these values combine with the application's DataSource is decided in one place,
 * {@link MigrationsDataSourceResolver}.
 */
public interface MigrationsConnectionDetails extends ConnectionDetails {

	/**
	 * The JDBC URL of a dedicated connection.
	 * @return the URL, or {@code null} to connect to the application's database
	 */
	@Nullable String getJdbcUrl();

	/**
	 * The login user.
	 * @return the user, or {@code null} for the application's
	 */
	@Nullable String getUsername();

	/**
	 * The login password.
	 * @return the password, or {@code null}
	 */
	@Nullable String getPassword();

	/**
	 * The JDBC driver's class name; by default the driver of the JDBC URL.
	 * @return the class name, or {@code null} when there is no URL
	 */
	default @Nullable String getDriverClassName() {
		String url = getJdbcUrl();
		return (url != null) ? DatabaseDriver.fromJdbcUrl(url).getDriverClassName() : null;
	}

}
