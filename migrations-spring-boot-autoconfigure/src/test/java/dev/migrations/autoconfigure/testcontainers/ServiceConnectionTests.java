package dev.migrations.autoconfigure.testcontainers;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsConnectionDetails;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @ServiceConnection} PostgreSQL container configures the migrations with no
 * property. Runs where a Docker engine answers; skipped, never failed, elsewhere (the
 * precedence of connection details is tested without Docker in
 * {@code MigrationsDataSourceTests}).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = ServiceConnectionTests.MigratedApplication.class)
class ServiceConnectionTests {

	@Container
	@ServiceConnection
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

	@Autowired
	private Migrator migrator;

	@Autowired
	private MigrationsConnectionDetails connectionDetails;

	@Test
	void migratesTheContainerWithNoProperty() {
		assertThat(this.connectionDetails.getJdbcUrl()).isEqualTo(postgres.getJdbcUrl());
		assertThat(JdbcClient.create(this.migrator.dataSource())
			.sql("SELECT count(*) FROM schema_migrations")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class })
	static class MigratedApplication {

	}

}
