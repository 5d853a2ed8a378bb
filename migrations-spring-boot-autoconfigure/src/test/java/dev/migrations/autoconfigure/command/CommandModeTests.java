package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.command.jpa.JpaCommandApplication;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-shot command in a JPA application starts only what it needs: with
 * {@code ddl-auto=validate}, a failed migrate reports the migrate failure and nothing
 * else, since the EntityManagerFactory, the application's beans (even one marked
 * {@code @Lazy(false)}), its {@code SmartInitializingSingleton} and its
 * {@code SmartLifecycle} are never created, and no web server starts. The same
 * application started normally shows that each probe does print.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandModeTests {

	@Test
	void aFailedMigrateReportsTheMigrateFailureOnly() throws Exception {
		TestDatabase database = PostgresServer.get().createDatabase();
		CommandProcess.Result result = CommandProcess.run(JpaCommandApplication.class, database,
				"--migrations.command=migrate", "--migrations.locations=classpath:db/failing",
				"--spring.jpa.hibernate.ddl-auto=validate");
		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("migrate failed: 2_add_phone_to_users.sql:4")
			.doesNotContain(JpaCommandApplication.ENTITY_MANAGER_FACTORY_CREATED,
					JpaCommandApplication.EAGER_BEAN_CREATED, JpaCommandApplication.SINGLETONS_INSTANTIATED,
					JpaCommandApplication.LIFECYCLE_STARTED, JpaCommandApplication.REFRESH_HEARD, "Schema-validation",
					"Hibernate ORM", "Tomcat", "APPLICATION FAILED TO START");
	}

	@Test
	void startedNormallyTheSameApplicationCreatesEveryProbe(CapturedOutput output) {
		TestDatabase database = PostgresServer.get().createDatabase();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JpaCommandApplication.class).run(
				"--spring.main.web-application-type=none", "--spring.jpa.hibernate.ddl-auto=validate",
				"--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.server().user(),
				"--spring.datasource.password=" + database.server().password())) {
			assertThat(output).contains(JpaCommandApplication.ENTITY_MANAGER_FACTORY_CREATED,
					JpaCommandApplication.EAGER_BEAN_CREATED, JpaCommandApplication.SINGLETONS_INSTANTIATED,
					JpaCommandApplication.LIFECYCLE_STARTED,
					JpaCommandApplication.REFRESH_HEARD + " by a listener bean",
					JpaCommandApplication.REFRESH_HEARD + " by a listener method");
		}
	}

}
