package dev.migrations.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Starts PostgreSQL in a Testcontainers container of the selected major version. Where no
 * Docker engine answers, the calling test is skipped.
 */
final class ContainerPostgres {

	private ContainerPostgres() {
	}

	static PostgresServer start() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			PostgresServer.skip("-Dpg.provider=testcontainers but no Docker engine answers: skipped");
		}
		String major = System.getProperty("pg.binaries.version", "17").split("\\.")[0];
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:" + major + "-alpine").withCommand("postgres",
				"-c", "max_connections=300", "-c", "fsync=off");
		container.start();
		return PostgresServer.of(container.getHost(), container.getFirstMappedPort(), container.getUsername(),
				container.getPassword());
	}

}
