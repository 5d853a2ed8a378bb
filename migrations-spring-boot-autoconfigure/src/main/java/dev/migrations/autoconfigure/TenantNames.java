package dev.migrations.autoconfigure;

import java.util.List;

/**
 * Supplies the tenants' names when they are known only at run time (read from a table,
 * say), in place of {@code migrations.tenants.schemas} or
 * {@code migrations.tenants.databases}. Asked at start-up, before the beans that use the
 * database exist: read with the DataSource itself (for example
 * {@code JdbcClient.create(dataSource)}), not through a {@code JdbcTemplate} or
 * repository bean, which wait for the migrations.
 */
@FunctionalInterface
public interface TenantNames {

	/**
	 * The tenants' names: schemas, or databases with
	 * {@code migrations.tenants.url-template}.
	 * @return the names, each once
	 */
	List<String> tenantNames();

}
