package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.Migrator;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate's {@code ddl-auto} default: only the DataSource a migrator migrates is
 * managed, however it is wrapped.
 */
class MigrationsSchemaManagementProviderTests {

	/** Shared: nothing migrates ({@code mode=none}), so no test changes it. */
	private static final TestDatabase database = PostgresServer.get().createDatabase();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
		.withBean(DataSource.class, database::dataSource)
		.withPropertyValues("migrations.mode=none");

	@Test
	void theMigratedDataSourceIsManaged() {
		this.runner.run((context) -> assertThat(schemaManagement(context, context.getBean(DataSource.class)))
			.isEqualTo(SchemaManagement.MANAGED));
	}

	@Test
	void theMigratedDataSourceBehindADelegatingProxyIsManaged() {
		this.runner.run((context) -> assertThat(
				schemaManagement(context, new TransactionAwareDataSourceProxy(context.getBean(DataSource.class))))
			.isEqualTo(SchemaManagement.MANAGED));
	}

	@Test
	void theMigratedDataSourceBehindAnAopProxyIsManaged() {
		this.runner.run((context) -> {
			DataSource proxy = (DataSource) new ProxyFactory(context.getBean(DataSource.class)).getProxy();
			assertThat(schemaManagement(context, proxy)).isEqualTo(SchemaManagement.MANAGED);
		});
	}

	@Test
	void aMigratorOnAProxyManagesTheDataSourceItWraps() {
		this.runner
			.withBean("proxyMigrator", Migrator.class,
					() -> Migrator.builder(new TransactionAwareDataSourceProxy(database.dataSource())).build())
			.run((context) -> {
				DataSource wrapped = ((TransactionAwareDataSourceProxy) context.getBean(Migrator.class).dataSource())
					.getTargetDataSource();
				assertThat(schemaManagement(context, wrapped)).isEqualTo(SchemaManagement.MANAGED);
			});
	}

	@Test
	void anotherDataSourceIsNotManaged() {
		this.runner.run((context) -> assertThat(schemaManagement(context, database.dataSource()))
			.isEqualTo(SchemaManagement.UNMANAGED));
	}

	@Test
	void theApplicationDataSourceIsNotManagedByAMigratorOnADedicatedUrl() {
		this.runner.withPropertyValues("migrations.url=" + database.jdbcUrl())
			.run((context) -> assertThat(schemaManagement(context, context.getBean(DataSource.class)))
				.isEqualTo(SchemaManagement.UNMANAGED));
	}

	private static SchemaManagement schemaManagement(AssertableApplicationContext context, DataSource dataSource) {
		return context.getBean(MigrationsSchemaManagementProvider.class).getSchemaManagement(dataSource);
	}

}
