package dev.migrations.autoconfigure.endpoint;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import dev.migrations.autoconfigure.MigrationsProperties;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration for the {@code migrations} actuator endpoint, when the endpoint is
 * available (enabled and exposed), and for its write operations, when
 * {@code migrations.endpoint.write-enabled=true}.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnBean(Migrator.class)
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(ListableBeanFactory beanFactory,
			ObjectProvider<MigrationsProperties> properties) {
		MigrationsProperties.ShowSql showSql = properties.getIfAvailable(MigrationsProperties::new)
			.getEndpoint()
			.getShowSql();
		return new MigrationsEndpoint(beanFactory.getBeansOfType(Migrator.class), Show.valueOf(showSql.name()));
	}

	@Bean
	@ConditionalOnBean(MigrationsEndpoint.class)
	@ConditionalOnBooleanProperty("migrations.endpoint.write-enabled")
	@ConditionalOnMissingBean
	MigrationsEndpointWebExtension migrationsEndpointWebExtension(ListableBeanFactory beanFactory,
			ObjectProvider<MigrationsCommandObserver> observer) {
		return new MigrationsEndpointWebExtension(beanFactory.getBeansOfType(Migrator.class),
				observer.getIfUnique(() -> MigrationsCommandObserver.NONE));
	}

}
