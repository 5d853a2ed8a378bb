package dev.migrations.autoconfigure.testcontainers;

import dev.migrations.autoconfigure.MigrationsConnectionDetails;
import org.testcontainers.containers.JdbcDatabaseContainer;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * Creates {@link MigrationsConnectionDetails} from a {@code @ServiceConnection}
 * {@link JdbcDatabaseContainer} (a Testcontainers PostgreSQL), so that the migrations of
 * a test or a development application run on the container with no property. Registered
 * in {@code META-INF/spring.factories}; inert without Testcontainers on the class path.
 */
class MigrationsContainerConnectionDetailsFactory
		extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, MigrationsConnectionDetails> {

	MigrationsContainerConnectionDetailsFactory() {
		super(ANY_CONNECTION_NAME, "org.testcontainers.containers.JdbcDatabaseContainer");
	}

	@Override
	protected MigrationsConnectionDetails getContainerConnectionDetails(
			ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
		return new ContainerDetails(source);
	}

	/**
	 * The container's URL, user, password and driver, read once it has started.
	 */
	private static final class ContainerDetails extends ContainerConnectionDetails<JdbcDatabaseContainer<?>>
			implements MigrationsConnectionDetails {

		private ContainerDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
			super(source);
		}

		@Override
		public String getJdbcUrl() {
			return getContainer().getJdbcUrl();
		}

		@Override
		public String getUsername() {
			return getContainer().getUsername();
		}

		@Override
		public String getPassword() {
			return getContainer().getPassword();
		}

		@Override
		public String getDriverClassName() {
			return getContainer().getDriverClassName();
		}

	}

}
