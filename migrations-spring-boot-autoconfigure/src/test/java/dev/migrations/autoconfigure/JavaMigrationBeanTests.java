package dev.migrations.autoconfigure;

import java.sql.SQLException;
import java.sql.Statement;

import dev.migrations.JavaMigration;
import dev.migrations.JavaMigrationContext;
import dev.migrations.MigrationState;
import dev.migrations.Migrator;
import dev.migrations.Version;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration written as a Spring bean runs at start-up in version order with the SQL
 * files.
 */
class JavaMigrationBeanTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrationsAutoConfiguration.class));

	@Test
	void aJavaMigrationBeanRunsBetweenTheFilesByVersion() {
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withPropertyValues(database.dataSourcePropertyValues())
			.withUserConfiguration(WelcomeConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Migrator.class).status().find(Version.parse("1.5")).orElseThrow().state())
					.isEqualTo(MigrationState.APPLIED);
				assertThat(database.value("SELECT count(*) FROM users WHERE name = 'welcome'")).isEqualTo("1");
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class WelcomeConfiguration {

		@Bean
		JavaMigration welcomeUser() {
			return new WelcomeUser();
		}

	}

	static class WelcomeUser implements JavaMigration {

		@Override
		public Version version() {
			return Version.parse("1.5");
		}

		@Override
		public String description() {
			return "welcome user";
		}

		@Override
		public void up(JavaMigrationContext context) throws SQLException {
			try (Statement statement = context.connection().createStatement()) {
				statement.execute("INSERT INTO users (name) VALUES ('welcome')");
			}
		}

		@Override
		public void down(JavaMigrationContext context) throws SQLException {
			try (Statement statement = context.connection().createStatement()) {
				statement.execute("DELETE FROM users WHERE name = 'welcome'");
			}
		}

	}

}
