package dev.migrations.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrations.Migrator;
import dev.migrations.tenant.OnFailure;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * What a one-shot command runs on: the migrator {@code migrations.migrator} names, the
 * tenant {@code migrations.tenant} names, or else every migrator bean and then every
 * tenant, in turn.
 */
final class CommandTargets {

	private CommandTargets() {
	}

	static MigrationsCommandRunner runner(ListableBeanFactory beanFactory) {
		MigrationsProperties properties = beanFactory.getBean(MigrationsProperties.class);
		MigrationsCommandObserver observer = beanFactory.getBeanProvider(MigrationsCommandObserver.class)
			.getIfUnique(() -> MigrationsCommandObserver.NONE);
		return new MigrationsCommandRunner(targets(beanFactory, properties),
				properties.getTenants().getOnFailure() == OnFailure.STOP,
				MigrationsCommandRunner.Options.of(properties), observer);
	}

	static Map<String, Migrator> targets(ListableBeanFactory beanFactory, MigrationsProperties properties) {
		Map<String, Migrator> migrators = new LinkedHashMap<>(beanFactory.getBeansOfType(Migrator.class));
		MigrationTenants tenants = beanFactory.getBeanProvider(MigrationTenants.class).getIfAvailable();
		if (properties.getTenant() != null) {
			if (tenants == null) {
				throw new IllegalStateException("migrations.tenant=" + properties.getTenant()
						+ " but no tenants are configured: set migrations.tenants.schemas (or databases) or "
						+ "declare a TenantNames bean");
			}
			return Map.of("tenant " + properties.getTenant(), tenants.migrator().migrator(properties.getTenant()));
		}
		if (properties.getMigrator() != null) {
			Migrator migrator = migrators.get(properties.getMigrator());
			if (migrator == null) {
				throw new IllegalStateException("migrations.migrator=" + properties.getMigrator()
						+ " names no migrator; the migrators are " + migrators.keySet());
			}
			return Map.of(properties.getMigrator(), migrator);
		}
		if (tenants != null) {
			tenants.names().forEach((name) -> migrators.put("tenant " + name, tenants.migrator().migrator(name)));
		}
		return migrators;
	}

}
