package dev.migrations.autoconfigure.endpoint;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import dev.migrations.autoconfigure.MigrationsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.PropertiesEndpointAccessResolver;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.EndpointAccessResolver;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration for the {@code migrations} actuator endpoint, when the endpoint is
 * available (its access is not none, and it is exposed), and for its write operations,
 * when {@code migrations.endpoint.write-enabled=true}. Writes that Boot's endpoint access
 * would let through ({@code management.endpoint.migrations.access=unrestricted}, the
 * default) must be secured: without Spring Security, or without a role in
 * {@code migrations.endpoint.roles}, the start-up fails with a report.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({ Migrator.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

	static final String SPRING_SECURITY_CLASS = "org.springframework.security.core.Authentication";

	private static final EndpointId ENDPOINT_ID = EndpointId.of("migrations");

	@Bean
	@ConditionalOnBean(Migrator.class)
	@ConditionalOnMissingBean
	MigrationsEndpoint migrationsEndpoint(ApplicationContext context, ObjectProvider<MigrationsProperties> properties) {
		MigrationsProperties.Endpoint endpoint = properties.getIfAvailable(MigrationsProperties::new).getEndpoint();
		return new MigrationsEndpoint(context, Show.valueOf(endpoint.getShowSql().name()), endpoint.getRoles());
	}

	@Bean
	@ConditionalOnBean(MigrationsEndpoint.class)
	@ConditionalOnBooleanProperty("migrations.endpoint.write-enabled")
	@ConditionalOnMissingBean
	MigrationsEndpointWebExtension migrationsEndpointWebExtension(ApplicationContext context,
			ObjectProvider<MigrationsCommandObserver> observer, ObjectProvider<MigrationsProperties> properties,
			ObjectProvider<EndpointAccessResolver> accessResolver, Environment environment) {
		MigrationsProperties.Endpoint endpoint = properties.getIfAvailable(MigrationsProperties::new).getEndpoint();
		Access access = accessResolver.getIfAvailable(() -> new PropertiesEndpointAccessResolver(environment))
			.accessFor(ENDPOINT_ID, Access.UNRESTRICTED);
		// with read-only access Boot leaves the write operations out: nothing to secure
		if (access == Access.UNRESTRICTED) {
			if (!ClassUtils.isPresent(SPRING_SECURITY_CLASS, context.getClassLoader())) {
				throw new WriteOperationsUnsecuredException(true);
			}
			if (endpoint.getRoles().isEmpty()) {
				throw new WriteOperationsUnsecuredException(false);
			}
		}
		return new MigrationsEndpointWebExtension(context.getBeansOfType(Migrator.class),
				observer.getIfUnique(() -> MigrationsCommandObserver.NONE), endpoint.getRoles());
	}

}
