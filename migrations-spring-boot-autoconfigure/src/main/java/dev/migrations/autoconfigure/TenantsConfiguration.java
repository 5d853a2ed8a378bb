package dev.migrations.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.tenant.TenantMigrator;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Turns {@code migrations.tenants.*} into a {@link TenantMigrator}: the template (the
 * application's settings with the tenant locations), the parallelism (set, or derived
 * from the pool), and for a database per tenant, a pool of 2 connections per tenant made
 * by Boot's {@link DataSourceBuilder}.
 *
 * @param properties the bound properties
 * @param environment for the application's login when the tenants' is not set
 * @param classLoader for {@code classpath:} locations and the pool's class
 */
record TenantsConfiguration(MigrationsProperties properties, Environment environment, ClassLoader classLoader) {

	private static final String HIKARI = "com.zaxxer.hikari.HikariDataSource";

	TenantMigrator.Builder builder(Migrator application, MigratorListeners listeners) {
		TenantsProperties tenants = this.properties.getTenants();
		MigrationsConfiguration configuration = application.configuration()
			.toBuilder()
			.locations(tenants.getLocations())
			.build();
		// the application's Java migrations and sources are its own, not the tenants'
		Migrator template = Migrator.builder(application.dataSource()).configuration(configuration).build();
		boolean databases = StringUtils.hasText(tenants.getUrlTemplate());
		TenantMigrator.Builder builder = TenantMigrator.builder(template)
			.onFailure(tenants.getOnFailure())
			.parallelism((tenants.getParallelism() != null) ? tenants.getParallelism()
					: defaultParallelism(application.dataSource(), databases))
			.listeners((tenant) -> listeners.of("tenants", tenant));
		if (databases) {
			builder.dataSources(this::tenantDataSource);
		}
		return builder;
	}

	TenantNames names() {
		TenantsProperties tenants = this.properties.getTenants();
		List<String> names = StringUtils.hasText(tenants.getUrlTemplate()) ? tenants.getDatabases()
				: tenants.getSchemas();
		List<String> copy = names.stream().map(String::strip).toList();
		return () -> copy;
	}

	/**
	 * Half the pool's size, so that 2 connections per tenant fit in it, at most
	 * {@value TenantMigrator#DEFAULT_PARALLELISM}; for a database per tenant (a pool
	 * each) or a pool of unknown size, {@value TenantMigrator#DEFAULT_PARALLELISM}.
	 */
	int defaultParallelism(DataSource dataSource, boolean databasePerTenant) {
		if (databasePerTenant || !ClassUtils.isPresent(HIKARI, this.classLoader)) {
			return TenantMigrator.DEFAULT_PARALLELISM;
		}
		HikariConfigMXBean hikari = DataSourceUnwrapper.unwrap(dataSource, HikariConfigMXBean.class,
				HikariDataSource.class);
		if (hikari == null) {
			return TenantMigrator.DEFAULT_PARALLELISM;
		}
		return Math.max(1, Math.min(TenantMigrator.DEFAULT_PARALLELISM, hikari.getMaximumPoolSize() / 2));
	}

	private DataSource tenantDataSource(String tenant) {
		TenantsProperties tenants = this.properties.getTenants();
		DataSource dataSource = DataSourceBuilder.create(this.classLoader)
			.url(tenants.getUrlTemplate().replace("{tenant}", tenant))
			.username(first(tenants.getUser(), this.properties.getUser(), "spring.datasource.username"))
			.password(first(tenants.getPassword(), this.properties.getPassword(), "spring.datasource.password"))
			.build();
		if (ClassUtils.isPresent(HIKARI, this.classLoader) && dataSource instanceof HikariDataSource hikari) {
			hikari.setMaximumPoolSize(2);
			hikari.setMinimumIdle(0);
			hikari.setPoolName("migrations-tenant-" + tenant);
		}
		return dataSource;
	}

	private String first(String tenants, String migrations, String application) {
		if (tenants != null) {
			return tenants;
		}
		return (migrations != null) ? migrations : this.environment.getProperty(application);
	}

}
