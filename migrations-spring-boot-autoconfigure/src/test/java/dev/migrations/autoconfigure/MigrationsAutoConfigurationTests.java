package dev.migrations.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.StatementException;
import dev.migrations.ValidationException;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@Test
	void backsOffWithoutADataSource() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(Migrator.class)
			.doesNotHaveBean(MigrationsInitializer.class)
			.doesNotHaveBean(MigrationsProperties.class));
	}

	@Test
	void backsOffWhenDisabled() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(Migrator.class).doesNotHaveBean(MigrationsInitializer.class);
				assertThat(database.tableExists("users")).isFalse();
			});
	}

	@Test
	void migratesTheApplicationDataSourceAtStartUp() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource).run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class).hasSingleBean(MigrationsInitializer.class);
			assertThat(database.tableExists("users")).isTrue();
			assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("3");
		});
	}

	@Test
	void aMigratorBeanOfTheApplicationReplacesOurs() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean("customMigrator", Migrator.class,
					() -> Migrator.builder(database.dataSource())
						.configuration(MigrationsConfiguration.builder().locations("classpath:db/first").build())
						.build())
			.run((context) -> {
				assertThat(context).hasSingleBean(Migrator.class).hasBean("customMigrator");
				assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("1");
			});
	}

	@Test
	void anInitializerBeanOfTheApplicationReplacesOurs() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean("customInitializer", MigrationsInitializer.class,
					() -> new MigrationsInitializer(Migrator.builder(database.dataSource()).build(),
							MigrationsProperties.Mode.NONE, MigrationsCommandObserver.NONE))
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrationsInitializer.class).hasBean("customInitializer");
				assertThat(database.tableExists("users")).isFalse();
			});
	}

	@Test
	void severalMigratorsOfTheApplicationGetNoAutoConfiguredInitializer() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean("usersMigrator", Migrator.class, () -> Migrator.builder(database.dataSource()).build())
			.withBean("ordersMigrator", Migrator.class, () -> Migrator.builder(database.dataSource()).build())
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsInitializer.class);
				assertThat(database.tableExists("users")).isFalse();
			});
	}

	@Test
	void customizersAdjustTheConfigurationInOrder() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.table=from_properties")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> {
				assertThat(context.getBean(Migrator.class).configuration().table()).isEqualTo("from_customizer");
				assertThat(database.tableExists("from_customizer")).isTrue();
			});
	}

	@Test
	void propertiesReachTheMigrator() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.locations=classpath:db/first", "migrations.table=history",
					"migrations.schema=ops", "migrations.lock-wait-timeout=10s")
			.run((context) -> {
				MigrationsConfiguration configuration = context.getBean(Migrator.class).configuration();
				assertThat(configuration.locations()).containsExactly("classpath:db/first");
				assertThat(configuration.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(10));
				assertThat(database.value("SELECT count(*) FROM ops.history")).isEqualTo("1");
			});
	}

	@Test
	void listenerBeansHearEveryMigration() {
		TestDatabase database = database();
		List<String> heard = new ArrayList<>();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean(MigrationListener.class, () -> new MigrationListener() {

				@Override
				public void afterMigration(MigrationRun run) {
					heard.add(run.script());
				}

			})
			.run((context) -> assertThat(heard).containsExactly("1_create_users.sql", "2_add_email_to_users.sql",
					"3_index_users_by_name.sql"));
	}

	@Test
	void aDedicatedUrlNeedsNoDataSourceBean() {
		TestDatabase database = database();
		this.runner.withPropertyValues(dedicated(database)).run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class);
			assertThat(database.tableExists("users")).isTrue();
		});
	}

	@Test
	void aDedicatedUrlWinsOverTheApplicationDataSource() {
		TestDatabase application = database();
		TestDatabase dedicated = database();
		this.runner.withBean(DataSource.class, application::dataSource)
			.withPropertyValues(dedicated(dedicated))
			.run((context) -> {
				assertThat(dedicated.tableExists("users")).isTrue();
				assertThat(application.tableExists("users")).isFalse();
			});
	}

	@Test
	void aDedicatedUserConnectsToTheApplicationDatabase() {
		TestDatabase database = database();
		String role = "migrator_" + database.name();
		// CREATE on the database too: the engine's CREATE SCHEMA IF NOT EXISTS needs it
		// even for "public"
		database.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'secret'", "GRANT ALL ON SCHEMA public TO " + role,
				"GRANT CREATE ON DATABASE " + database.name() + " TO " + role);
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.server().user(),
					"spring.datasource.password=" + database.server().password(), "migrations.user=" + role,
					"migrations.password=secret")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(database.value("SELECT tableowner FROM pg_tables WHERE tablename = 'users'"))
					.isEqualTo(role);
			});
	}

	@Test
	void modeNoneLeavesTheDatabaseAlone() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.mode=none")
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrationsInitializer.class);
				assertThat(database.tableExists("users")).isFalse();
			});
	}

	@Test
	void modeValidateFailsStartUpWhenMigrationsArePending() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.mode=validate")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().isInstanceOf(ValidationException.class);
				assertThat(database.tableExists("users")).isFalse();
			});
	}

	@Test
	void modeValidateStartsWhenEverythingIsApplied() {
		TestDatabase database = database();
		int applied = Migrator.builder(database.dataSource()).build().migrate().orThrow().applied().size();
		List<Object> results = new ArrayList<>();
		MigrationsCommandObserver recorder = new MigrationsCommandObserver() {

			@Override
			public <T> T observe(String command, Supplier<T> run) {
				T result = run.get();
				results.add(command + ": " + result.getClass().getSimpleName());
				return result;
			}

		};
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean(MigrationsCommandObserver.class, () -> recorder)
			.withPropertyValues("migrations.mode=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				// validate ran, found the database valid, and migrated nothing
				assertThat(results).containsExactly("validate: Valid");
				assertThat(database.column("SELECT version FROM schema_migrations")).hasSize(applied);
			});
	}

	@Test
	void aFailingMigrationFailsStartUp() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.locations=classpath:db/failing")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).cause()
					.isInstanceOf(StatementException.class)
					.hasMessageContaining("2_add_phone_to_users.sql:4");
			});
	}

	@Test
	void contractMigrationsAreHeldUntilReleased() {
		TestDatabase database = database();
		ApplicationContextRunner runner = this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.locations=classpath:db/contract");
		runner.run((context) -> assertThat(database.columns("users")).containsExactly("id", "name"));
		runner.withPropertyValues("migrations.contract.enabled=true")
			.run((context) -> assertThat(database.columns("users")).containsExactly("id"));
	}

	@Test
	void noCommandRunnerWithoutACommand() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.mode=none")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsCommandRunner.class));
	}

	@Test
	void aCommandReplacesTheStartUpMode() {
		TestDatabase database = database();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withPropertyValues("migrations.command=status")
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrationsCommandRunner.class);
				assertThat(context.getBean(MigrationsInitializer.class).getMode())
					.isEqualTo(MigrationsProperties.Mode.NONE);
				assertThat(database.tableExists("users")).isFalse();
			});
	}

	static TestDatabase database() {
		return PostgresServer.get().createDatabase();
	}

	private static String[] dedicated(TestDatabase database) {
		return new String[] { "migrations.url=" + database.jdbcUrl(), "migrations.user=" + database.server().user(),
				"migrations.password=" + database.server().password() };
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		MigrationsCustomizer second() {
			return (builder) -> builder.table("from_customizer");
		}

		@Bean
		@Order(1)
		MigrationsCustomizer first() {
			return (builder) -> builder.table("ignored_because_second_runs_later");
		}

	}

}
