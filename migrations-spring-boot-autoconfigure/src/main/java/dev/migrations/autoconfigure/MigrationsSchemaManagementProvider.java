package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.Migrator;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells Hibernate's auto-configuration which DataSource migrations manage, so that
 * {@code spring.jpa.hibernate.ddl-auto} does not default to {@code create-drop} on it: a
 * DataSource is managed when a {@link Migrator} bean migrates it. Both sides are compared
 * through their proxies ({@link DelegatingDataSource}s such as a
 * {@code TransactionAwareDataSourceProxy}, and Spring AOP proxies), so a wrapped
 * application DataSource is still recognised. A migrator on a dedicated connection
 * ({@code migrations.url} or {@code migrations.user}) migrates a DataSource of its own,
 * so it leaves the application's unmanaged, as Boot's Flyway support does with
 * {@code spring.flyway.url}. Thread-safe.
 */
class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

	/** Bounds the unwrapping, in case proxies wrap each other. */
	private static final int MAX_DEPTH = 16;

	private final ObjectProvider<Migrator> migrators;

	MigrationsSchemaManagementProvider(ObjectProvider<Migrator> migrators) {
		this.migrators = migrators;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		// Hibernate starts after the initializer, so the migrators exist; making one
		// early would touch no database anyway
		DataSource target = target(dataSource);
		boolean managed = this.migrators.orderedStream()
			.map(Migrator::dataSource)
			.anyMatch((migrated) -> migrated.equals(dataSource) || target(migrated).equals(target));
		return managed ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

	/**
	 * The DataSource at the bottom of a chain of delegating and AOP proxies.
	 * @param dataSource a DataSource, maybe a proxy
	 * @return the innermost DataSource found
	 */
	static DataSource target(DataSource dataSource) {
		DataSource current = dataSource;
		for (int depth = 0; depth < MAX_DEPTH; depth++) {
			DataSource next = unwrapOnce(current);
			if (next == null || next == current) {
				return current;
			}
			current = next;
		}
		return current;
	}

	private static DataSource unwrapOnce(DataSource dataSource) {
		if (dataSource instanceof DelegatingDataSource delegating) {
			return delegating.getTargetDataSource();
		}
		if (AopUtils.isAopProxy(dataSource)
				&& AopProxyUtils.getSingletonTarget(dataSource) instanceof DataSource target) {
			return target;
		}
		return null;
	}

}
