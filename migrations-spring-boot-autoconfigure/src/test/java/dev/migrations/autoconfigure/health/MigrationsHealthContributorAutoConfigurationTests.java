package dev.migrations.autoconfigure.health;

import javax.sql.DataSource;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import dev.migrations.autoconfigure.MigrationsInitializer;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsHealthContributorAutoConfigurationTests {

	private static final TestDatabase database = PostgresServer.get().createDatabase();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
				MigrationsHealthContributorAutoConfiguration.class))
		.withBean(DataSource.class, database::dataSource)
		.withPropertyValues("migrations.mode=none");

	@Test
	void registersTheIndicatorByDefault() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(MigrationsHealthIndicator.class)
			.hasBean("migrationsHealthContributor"));
	}

	@Test
	void backsOffWhenDisabled() {
		this.runner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
	}

	@Test
	void backsOffWithoutAMigrator() {
		this.runner.withPropertyValues("migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
	}

	@Test
	void pendingMigrationsAreDownInValidateMode() {
		// validate mode fails start-up when something is pending: the indicator is asked
		// for a later state
		this.runner.withPropertyValues("migrations.mode=validate")
			.withBean("migrator", Migrator.class, () -> Migrator.builder(database.dataSource()).build())
			.withBean(MigrationsInitializer.class,
					() -> new MigrationsInitializer(Migrator.builder(database.dataSource()).build(),
							MigrationsProperties.Mode.NONE, MigrationsCommandObserver.NONE))
			.run((context) -> assertThat(context.getBean(MigrationsHealthIndicator.class).health().getStatus())
				.isEqualTo(Status.DOWN));
	}

	@Test
	void severalMigratorsMakeAComposite() {
		this.runner.withBean("usersMigrator", Migrator.class, () -> Migrator.builder(database.dataSource()).build())
			.withBean("ordersMigrator", Migrator.class, () -> Migrator.builder(database.dataSource()).build())
			.run((context) -> {
				CompositeHealthContributor composite = context.getBean("migrationsHealthContributor",
						CompositeHealthContributor.class);
				assertThat(composite.getContributor("usersMigrator")).isInstanceOf(MigrationsHealthIndicator.class);
				assertThat(composite.getContributor("ordersMigrator")).isInstanceOf(MigrationsHealthIndicator.class);
				Health health = ((MigrationsHealthIndicator) composite.getContributor("usersMigrator")).health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
			});
	}

}
