package dev.migrations.autoconfigure.docker.compose;

import dev.migrations.autoconfigure.MigrationsConnectionDetails;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Adapts the {@link JdbcConnectionDetails} of a service that Boot's docker compose
 * support started (a {@code postgres} service of {@code compose.yaml}) to
 * {@link MigrationsConnectionDetails}, so that the migrations run on it with no property.
 * Registered in {@code META-INF/spring.factories}.
 */
class JdbcAdaptingMigrationsConnectionDetailsFactory
		implements ConnectionDetailsFactory<JdbcConnectionDetails, MigrationsConnectionDetails> {

	@Override
	public MigrationsConnectionDetails getConnectionDetails(JdbcConnectionDetails input) {
		return new MigrationsConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return input.getJdbcUrl();
			}

			@Override
			public String getUsername() {
				return input.getUsername();
			}

			@Override
			public String getPassword() {
				return input.getPassword();
			}

			@Override
			public String getDriverClassName() {
				return input.getDriverClassName();
			}

		};
	}

}
