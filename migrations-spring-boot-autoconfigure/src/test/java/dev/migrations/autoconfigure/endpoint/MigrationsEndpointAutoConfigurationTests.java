package dev.migrations.autoconfigure.endpoint;

import javax.sql.DataSource;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsEndpointAutoConfigurationTests {

	private static final TestDatabase database = PostgresServer.get().createDatabase();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(MigrationsAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
		.withBean(DataSource.class, database::dataSource)
		.withPropertyValues("migrations.mode=none");

	@Test
	void theEndpointRunsWhenExposed() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
	}

	@Test
	void theEndpointBacksOffWhenNotExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void theEndpointBacksOffWhenItsAccessIsNone() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void theEndpointBacksOffWithoutAMigrator() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations", "migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void writeOperationsAreAbsentByDefault() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpointWebExtension.class));
	}

	@Test
	void writeOperationsArePresentWhenEnabled() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"migrations.endpoint.write-enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpointWebExtension.class));
	}

	@Test
	void writeOperationsNeedTheEndpoint() {
		this.runner.withPropertyValues("migrations.endpoint.write-enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpointWebExtension.class));
	}

}
