package dev.migrations.autoconfigure;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.endpoint.MigrationsEndpoint;
import dev.migrations.autoconfigure.health.MigrationsHealthContributorAutoConfiguration;
import dev.migrations.autoconfigure.metrics.MigrationsMetricsAutoConfiguration;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two DataSources, each migrated from its own locations by a migrator of its own
 * ({@code migrations.datasources.<name>.*}): both run before the beans that use a
 * database, and the endpoint, health, metrics and commands name each.
 */
class SeveralDataSourcesTests {

	private final TestDatabase orders = PostgresServer.get().createDatabase();

	private final TestDatabase billing = PostgresServer.get().createDatabase();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
				MigrationsHealthContributorAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
		.withBean("ordersDataSource", DataSource.class, this.orders::dataSource)
		.withBean("billingDataSource", DataSource.class, this.billing::dataSource)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("migrations.datasources.orders.locations=classpath:db/first",
				"migrations.datasources.billing.locations=classpath:db/migrations",
				"migrations.datasources.billing.table=billing_history");

	@Test
	void eachDataSourceIsMigratedFromItsOwnLocationsByAMigratorOfItsName() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasBean("orders")
				.hasBean("billing")
				.doesNotHaveBean("migrator")
				.hasBean("ordersMigrationsInitializer")
				.hasBean("billingMigrationsInitializer");
			assertThat(this.orders.value("SELECT count(*) FROM schema_migrations")).isEqualTo("1");
			assertThat(this.billing.value("SELECT count(*) FROM billing_history")).isEqualTo("3");
			assertThat(this.billing.tableExists("schema_migrations")).isFalse();
			assertThat(context.getBean("billing", Migrator.class).configuration().lockTimeout())
				.isEqualTo(context.getBean(MigrationsProperties.class).getLockTimeout());
		});
	}

	@Test
	void theBeansThatUseADatabaseWaitForEveryMigrator() {
		this.runner.withUserConfiguration(Readers.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean("ordersReader", JdbcTemplate.class)
				.queryForObject("SELECT count(*) FROM users", Integer.class)).isEqualTo(1);
			assertThat(context.getBeanFactory().getBeanDefinition("ordersReader").getDependsOn())
				.contains("ordersMigrationsInitializer", "billingMigrationsInitializer");
		});
	}

	@Test
	void theEndpointHealthAndMetricsNameEachMigrator() {
		this.runner.run((context) -> {
			MigrationsEndpoint endpoint = new MigrationsEndpoint(context, Show.NEVER, Set.of());
			assertThat(endpoint.migrations(SecurityContext.NONE).contexts().values()).singleElement()
				.satisfies((described) -> {
					assertThat(described.migrators()).containsOnlyKeys("orders", "billing");
					assertThat(described.migrators().get("billing").currentVersion()).isEqualTo("3");
				});
			CompositeHealthContributor health = context.getBean("migrationsHealthContributor",
					CompositeHealthContributor.class);
			assertThat(((HealthIndicator) health.getContributor("orders")).health().getStatus()).isEqualTo(Status.UP);
			assertThat(((HealthIndicator) health.getContributor("billing")).health().getStatus()).isEqualTo(Status.UP);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("migrations.execution").tag("migrator", "orders").timer().count()).isEqualTo(1);
			assertThat(registry.get("migrations.execution").tag("migrator", "billing").timers())
				.extracting(Timer::count)
				.containsExactlyInAnyOrder(2L, 1L);
		});
	}

	@Test
	void aCommandRunsOnTheMigratorItNamesOrOnEach() {
		this.runner.withPropertyValues("migrations.command=status", "migrations.migrator=billing").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).contains("3_index_users_by_name.sql").doesNotContain("==");
		});
		this.runner.withPropertyValues("migrations.command=status").run((context) -> {
			String output = context.getBean(MigrationsCommandRunner.class).getOutput();
			assertThat(output).contains("== orders ==", "== billing ==");
			assertThat(output.indexOf("== billing ==")).isGreaterThan(output.indexOf("== orders =="));
		});
	}

	@Test
	void aGroupWithoutItsDataSourceFailsNamingTheProperty() {
		this.runner.withPropertyValues("migrations.datasources.audit.locations=classpath:db/first")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("No DataSource bean named 'auditDataSource' for migrations.datasources.audit")
				.hasStackTraceContaining("set migrations.datasources.audit.data-source"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Readers {

		@Bean
		JdbcTemplate ordersReader(List<DataSource> dataSources) {
			JdbcTemplate template = new JdbcTemplate(dataSources.get(0));
			// created after the migrations: the table is there
			template.queryForObject("SELECT count(*) FROM users", Integer.class);
			return template;
		}

	}

}
