package dev.migrations.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationTenants;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.autoconfigure.MigrationsProperties.Mode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.CompositeHealthContributorConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for the {@code migrations} health indicator: one
 * {@link MigrationsHealthIndicator} per {@link Migrator} bean (a composite when there are
 * several, and a {@code tenants} component with tenants), unless
 * {@code management.health.migrations.enabled=false}. Usable in a readiness group.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, HealthContributor.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration
		extends CompositeHealthContributorConfiguration<MigrationsHealthIndicator, Migrator> {

	MigrationsHealthContributorAutoConfiguration(ObjectProvider<MigrationsProperties> properties) {
		super((migrator) -> new MigrationsHealthIndicator(migrator, isValidateMode(properties)));
	}

	private static boolean isValidateMode(ObjectProvider<MigrationsProperties> properties) {
		MigrationsProperties bound = properties.getIfAvailable();
		return bound != null && bound.getMode() == Mode.VALIDATE && bound.getCommand() == null;
	}

	@Bean
	@ConditionalOnMissingBean(name = { "migrationsHealthIndicator", "migrationsHealthContributor" })
	HealthContributor migrationsHealthContributor(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<MigrationTenants> tenants) {
		MigrationTenants all = tenants.getIfAvailable();
		if (all == null) {
			return createContributor(beanFactory, Migrator.class);
		}
		Map<String, HealthContributor> components = new LinkedHashMap<>();
		beanFactory.getBeansOfType(Migrator.class)
			.forEach((name, migrator) -> components.put(name, createIndicator(migrator)));
		components.put("tenants", new MigrationTenantsHealthIndicator(all));
		return CompositeHealthContributor.fromMap(components);
	}

}
