package dev.migrations.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrations.autoconfigure.endpoint.MigrationsEndpoint;
import dev.migrations.autoconfigure.endpoint.TenantDescriptor;
import dev.migrations.autoconfigure.health.MigrationsHealthContributorAutoConfiguration;
import dev.migrations.autoconfigure.metrics.MigrationsMetricsAutoConfiguration;
import dev.migrations.tenant.TenantResult;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A schema per tenant from {@code migrations.tenants.*}: every tenant migrated at
 * start-up after the application's own migrations, failures under both policies, a tenant
 * added while the application runs, the endpoint, health and metrics per tenant, and a
 * command for one tenant.
 */
class TenantsTests {

	private final TestDatabase database = PostgresServer.get().createDatabase();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
				MigrationsHealthContributorAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
		.withBean(DataSource.class, this.database::dataSource)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("migrations.tenants.schemas=acme,globex,initech");

	@Test
	void everyTenantSchemaIsMigratedAfterTheApplicationsOwnMigrations() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(MigrationTenants.class);
			assertThat(this.database.value("SELECT count(*) FROM public.schema_migrations")).isEqualTo("3");
			for (String tenant : List.of("acme", "globex", "initech")) {
				assertThat(this.database.column("SELECT owner FROM " + tenant + ".accounts")).containsExactly(tenant);
				assertThat(this.database.value("SELECT count(*) FROM " + tenant + ".schema_migrations")).isEqualTo("2");
			}
			assertThat(this.database.tableExists("public.accounts")).isFalse();
		});
	}

	@Test
	void theEndpointHealthAndMetricsDescribeEachTenant() {
		this.runner.withPropertyValues("migrations.tenants.metrics-tag-limit=2").run((context) -> {
			MigrationsEndpoint endpoint = new MigrationsEndpoint(context, Show.NEVER, Set.of());
			Map<String, TenantDescriptor> tenants = endpoint.migrations(SecurityContext.NONE).tenants();
			assertThat(tenants).containsOnlyKeys("acme", "globex", "initech")
				.allSatisfy(
						(name, tenant) -> assertThat(tenant).isEqualTo(new TenantDescriptor("APPLIED", "2", 2, null)));
			assertThat(endpoint.tenant(SecurityContext.NONE, "tenants", "globex").migrations().currentVersion())
				.isEqualTo("2");
			assertThat(endpoint.tenant(SecurityContext.NONE, "other", "globex")).isNull();
			Health health = tenantsHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("tenants", 3).containsEntry("migrated", 3L);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("migrations.execution").tag("migrator", "tenants").timers()).isNotEmpty();
			assertThat(registry.get("migrations.execution").tag("migrator", "migrator").tag("tenant", "none").timers())
				.isNotEmpty();
			assertThat(registry.find("migrations.execution").tag("migrator", "tenants").timers())
				.extracting((timer) -> timer.getId().getTag("tenant"))
				// two tenants by name (the limit), the third under 'other'
				.isSubsetOf("acme", "globex", "initech", "other")
				.contains("other")
				.doesNotHaveDuplicates()
				.hasSize(3);
		});
	}

	@Test
	void continueMigratesTheOtherTenantsAndTheStartUpFailureNamesTheFailedOne() {
		this.database.execute("CREATE SCHEMA globex", "CREATE TABLE globex.audit (note text)");
		this.runner.withPropertyValues("migrations.tenants.on-failure=continue", "migrations.tenants.parallelism=1")
			.run((context) -> {
				assertThat(context).hasFailed()
					.getFailure()
					.hasStackTraceContaining("1 of 3 tenant(s) failed; globex: 2_add_owner.sql")
					.hasStackTraceContaining("relation \"audit\" already exists");
				assertThat(this.database.value("SELECT count(*) FROM initech.schema_migrations")).isEqualTo("2");
				assertThat(this.database.value("SELECT count(*) FROM acme.schema_migrations")).isEqualTo("2");
				assertThat(this.database.value("SELECT count(*) FROM globex.schema_migrations")).isEqualTo("1");
			});
	}

	@Test
	void stopStartsNoTenantAfterTheFailureAndNamesTheOnesLeftOut() {
		this.database.execute("CREATE SCHEMA globex", "CREATE TABLE globex.audit (note text)");
		this.runner.withPropertyValues("migrations.tenants.on-failure=stop", "migrations.tenants.parallelism=1")
			.run((context) -> {
				assertThat(context).hasFailed()
					.getFailure()
					.hasStackTraceContaining("1 of 3 tenant(s) failed; globex: 2_add_owner.sql")
					.hasStackTraceContaining("not started after the first failure (on-failure=stop): initech");
				assertThat(this.database.value("SELECT count(*) FROM acme.schema_migrations")).isEqualTo("2");
				assertThat(this.database.column("SELECT nspname FROM pg_namespace WHERE nspname = 'initech'"))
					.isEmpty();
			});
	}

	@Test
	void aTenantCreatedAtRunTimeIsMigratedAndAFailedOneTurnsTheHealthDown() {
		this.runner.run((context) -> {
			MigrationTenants tenants = context.getBean(MigrationTenants.class);
			this.database.execute("CREATE SCHEMA umbrella", "CREATE TABLE umbrella.audit (note text)");

			assertThat(tenants.migrate("hooli")).isInstanceOf(TenantResult.Migrated.class);
			assertThat(tenants.migrate("umbrella")).isInstanceOf(TenantResult.Failed.class);

			assertThat(this.database.column("SELECT owner FROM hooli.accounts")).containsExactly("hooli");
			Health health = tenantsHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsKey("failed");
			assertThat(health.getDetails().get("failed")).isInstanceOfSatisfying(Map.class,
					(failed) -> assertThat(failed.keySet()).containsExactly("umbrella"));
		});
	}

	@Test
	void tenantNamesFromABeanAreMigrated() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
			.withBean(DataSource.class, this.database::dataSource)
			.withBean(TenantNames.class, () -> () -> List.of("stark", "wayne"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(MigrationTenants.class).names()).containsExactly("stark", "wayne");
				assertThat(this.database.column("SELECT owner FROM wayne.accounts")).containsExactly("wayne");
			});
	}

	@Test
	void aCommandRunsOnTheTenantItNames() {
		this.runner.withPropertyValues("migrations.command=migrate", "migrations.tenant=globex").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).contains("2_add_owner.sql");
			assertThat(this.database.column("SELECT owner FROM globex.accounts")).containsExactly("globex");
			assertThat(this.database.column("SELECT nspname FROM pg_namespace WHERE nspname IN ('acme', 'initech')"))
				.isEmpty();
		});
	}

	@Test
	void aDatabasePerTenantGetsAPoolFromTheUrlTemplate() {
		TestDatabase first = PostgresServer.get().createDatabase();
		TestDatabase second = PostgresServer.get().createDatabase();
		String template = first.jdbcUrl().replace(first.name(), "{tenant}");
		this.runner
			.withPropertyValues("migrations.tenants.schemas=", "migrations.tenants.url-template=" + template,
					"migrations.tenants.databases=" + first.name() + "," + second.name(),
					"migrations.tenants.user=" + first.server().user(),
					"migrations.tenants.password=" + first.server().password())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(first.column("SELECT owner FROM accounts")).containsExactly(first.name());
				assertThat(second.column("SELECT owner FROM accounts")).containsExactly(second.name());
			});
	}

	private static Health tenantsHealth(org.springframework.context.ApplicationContext context) {
		CompositeHealthContributor health = context.getBean("migrationsHealthContributor",
				CompositeHealthContributor.class);
		return ((HealthIndicator) health.getContributor("tenants")).health(true);
	}

}
