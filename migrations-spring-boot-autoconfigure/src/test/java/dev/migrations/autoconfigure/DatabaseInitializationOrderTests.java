package dev.migrations.autoconfigure;

import java.util.List;

import dev.migrations.testsupport.PostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beans that use the schema through Boot's JDBC beans are created after the migrations,
 * with no {@code @DependsOn} in user code: the application's beans are registered first
 * and read the migrated table in their constructors.
 */
class DatabaseInitializationOrderTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				JdbcClientAutoConfiguration.class, MigrationsAutoConfiguration.class));

	@Test
	void aJdbcClientBeanReadsTheMigratedTableInItsConstructor() {
		this.runner.withPropertyValues(PostgresServer.get().createDatabase().dataSourcePropertyValues())
			.withUserConfiguration(JdbcClientUser.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(UserNames.class).names()).containsExactly("ada");
			});
	}

	@Test
	void aJdbcTemplateBeanReadsTheMigratedTableInItsConstructor() {
		this.runner.withPropertyValues(PostgresServer.get().createDatabase().dataSourcePropertyValues())
			.withUserConfiguration(JdbcTemplateUser.class)
			.run((context) -> assertThat(context.getBean(UserNames.class).names()).containsExactly("ada"));
	}

	record UserNames(List<String> names) {
	}

	@Configuration(proxyBeanMethods = false)
	static class JdbcClientUser {

		@Bean
		UserNames userNames(JdbcClient jdbc) {
			return new UserNames(jdbc.sql("SELECT name FROM users ORDER BY id").query(String.class).list());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class JdbcTemplateUser {

		@Bean
		UserNames userNames(JdbcTemplate jdbc) {
			return new UserNames(jdbc.queryForList("SELECT name FROM users ORDER BY id", String.class));
		}

	}

}
