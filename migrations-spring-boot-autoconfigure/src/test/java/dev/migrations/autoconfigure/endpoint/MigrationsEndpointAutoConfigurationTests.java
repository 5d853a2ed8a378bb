package dev.migrations.autoconfigure.endpoint;

import javax.sql.DataSource;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
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
	void writeOperationsArePresentWhenEnabledForARole() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"migrations.endpoint.write-enabled=true", "migrations.endpoint.roles=MIGRATIONS_ADMIN")
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpointWebExtension.class));
	}

	@Test
	void writeOperationsWithoutSpringSecurityRefuseToStart() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"migrations.endpoint.write-enabled=true", "migrations.endpoint.roles=MIGRATIONS_ADMIN")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(WriteOperationsUnsecuredException.class)
					.hasMessageContaining("needs Spring Security");
			});
	}

	@Test
	void writeOperationsWithoutARoleRefuseToStart() {
		this.runner
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"migrations.endpoint.write-enabled=true")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(WriteOperationsUnsecuredException.class)
				.hasMessageContaining("migrations.endpoint.roles"));
	}

	@Test
	void writeOperationsNeedNoSecurityWhenTheEndpointIsReadOnly() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.withPropertyValues("management.endpoints.web.exposure.include=migrations",
					"migrations.endpoint.write-enabled=true", "management.endpoint.migrations.access=READ_ONLY")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void theFailureReportSaysWhyAndWhatToDo() {
		WriteOperationsFailureAnalyzer analyzer = new WriteOperationsFailureAnalyzer();
		FailureAnalysis missing = analyzer.analyze(new WriteOperationsUnsecuredException(true));
		assertThat(missing.getDescription()).contains("drops tables", "Spring Security is not on the class path");
		assertThat(missing.getAction()).contains("spring-boot-starter-security", "migrations.endpoint.roles",
				"access=read-only");
		assertThat(analyzer.analyze(new WriteOperationsUnsecuredException(false)).getAction())
			.contains("Set migrations.endpoint.roles");
	}

	@Test
	void writeOperationsNeedTheEndpoint() {
		this.runner.withPropertyValues("migrations.endpoint.write-enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpointWebExtension.class));
	}

}
