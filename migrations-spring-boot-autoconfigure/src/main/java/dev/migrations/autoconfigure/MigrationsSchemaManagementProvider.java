package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.Migrator;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Hibernate's auto-configuration that migrations manage the schema, so that
 * {@code spring.jpa.hibernate.ddl-auto} does not default to {@code create-drop}.
 * <p>
 * Migrations manage the application's database even when they connect to it through a
 * dedicated URL or role, so any migrator bean makes the schema managed.
 */
class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

	private final ListableBeanFactory beanFactory;

	MigrationsSchemaManagementProvider(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		// bean names only: asking must not create a migrator
		boolean managed = this.beanFactory.getBeanNamesForType(Migrator.class, true, false).length > 0;
		return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
