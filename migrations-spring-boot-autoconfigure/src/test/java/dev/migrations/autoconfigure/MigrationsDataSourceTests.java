package dev.migrations.autoconfigure;

import java.util.Map;

import javax.sql.DataSource;

import dev.migrations.Migrator;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the migrator connects, in Boot's order for Flyway: the
 * {@code @MigrationsDataSource} bean, then the URL of the connection details
 * ({@code migrations.url} or a service connection), then {@code migrations.user} on the
 * application's database, then the application's DataSource, then Boot's JDBC connection
 * details. Each test puts two sources side by side and sees which database was migrated.
 */
class MigrationsDataSourceTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@Test
	void theQualifiedDataSourceWinsOverTheUrlAndTheApplicationDataSource() {
		TestDatabase application = database();
		TestDatabase qualified = database();
		TestDatabase byUrl = database();
		this.runner.withBean("application", DataSource.class, application::dataSource, (bean) -> bean.setPrimary(true))
			.withBean("migrationsDataSource", DataSource.class, qualified::dataSource,
					(bean) -> ((AbstractBeanDefinition) bean)
						.addQualifier(new AutowireCandidateQualifier(MigrationsDataSource.class)))
			.withPropertyValues(dedicated(byUrl))
			.run((context) -> assertThat(migrated(qualified, application, byUrl)).containsExactly(true, false, false));
	}

	@Test
	void aQualifiedBeanMethodIsFound() {
		TestDatabase application = database();
		TestDatabase ddl = database();
		this.runner.withBean(DataSource.class, application::dataSource, (bean) -> bean.setPrimary(true))
			.withBean(TestDatabase.class, () -> ddl)
			.withUserConfiguration(QualifiedDataSourceConfiguration.class)
			.run((context) -> assertThat(migrated(ddl, application)).containsExactly(true, false));
	}

	@Test
	void connectionDetailsOfTheApplicationWinOverTheProperties() {
		TestDatabase fromDetails = database();
		TestDatabase fromProperties = database();
		this.runner.withBean(MigrationsConnectionDetails.class, () -> details(fromDetails))
			.withPropertyValues(dedicated(fromProperties))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PropertiesMigrationsConnectionDetails.class);
				assertThat(migrated(fromDetails, fromProperties)).containsExactly(true, false);
			});
	}

	@Test
	void connectionDetailsWinOverTheApplicationDataSource() {
		TestDatabase application = database();
		TestDatabase fromDetails = database();
		this.runner.withBean(DataSource.class, application::dataSource)
			.withBean(MigrationsConnectionDetails.class, () -> details(fromDetails))
			.run((context) -> assertThat(migrated(fromDetails, application)).containsExactly(true, false));
	}

	@Test
	void withoutADataSourceBootsJdbcConnectionDetailsAreUsed() {
		TestDatabase database = database();
		this.runner.withBean(JdbcConnectionDetails.class, () -> jdbcDetails(database)).run((context) -> {
			assertThat(context).hasSingleBean(Migrator.class);
			assertThat(database.tableExists("users")).isTrue();
		});
	}

	@Test
	void theApplicationDataSourceWinsOverBootsJdbcConnectionDetails() {
		TestDatabase application = database();
		TestDatabase jdbc = database();
		this.runner.withBean(DataSource.class, application::dataSource)
			.withBean(JdbcConnectionDetails.class, () -> jdbcDetails(jdbc))
			.run((context) -> assertThat(migrated(application, jdbc)).containsExactly(true, false));
	}

	@Test
	void dockerComposeJdbcDetailsAreAdaptedToMigrationsConnectionDetails() {
		TestDatabase database = database();
		Map<Class<?>, ConnectionDetails> adapted = new ConnectionDetailsFactories(getClass().getClassLoader())
			.getConnectionDetails(jdbcDetails(database), false);
		assertThat(adapted).containsOnlyKeys(MigrationsConnectionDetails.class);
		MigrationsConnectionDetails details = (MigrationsConnectionDetails) adapted
			.get(MigrationsConnectionDetails.class);
		assertThat(details.getJdbcUrl()).isEqualTo(database.jdbcUrl());
		assertThat(details.getUsername()).isEqualTo(database.server().user());
		assertThat(details.getDriverClassName()).isEqualTo("org.postgresql.Driver");
	}

	private static boolean[] migrated(TestDatabase... databases) {
		boolean[] migrated = new boolean[databases.length];
		for (int i = 0; i < databases.length; i++) {
			migrated[i] = databases[i].tableExists("users");
		}
		return migrated;
	}

	private static MigrationsConnectionDetails details(TestDatabase database) {
		return new MigrationsConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return database.server().user();
			}

			@Override
			public String getPassword() {
				return database.server().password();
			}

		};
	}

	private static JdbcConnectionDetails jdbcDetails(TestDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return database.server().user();
			}

			@Override
			public String getPassword() {
				return database.server().password();
			}

		};
	}

	static TestDatabase database() {
		return PostgresServer.get().createDatabase();
	}

	private static String[] dedicated(TestDatabase database) {
		return new String[] { "migrations.url=" + database.jdbcUrl(), "migrations.user=" + database.server().user(),
				"migrations.password=" + database.server().password() };
	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedDataSourceConfiguration {

		@Bean
		@MigrationsDataSource
		DataSource ddlDataSource(TestDatabase ddl) {
			return ddl.dataSource();
		}

	}

}
