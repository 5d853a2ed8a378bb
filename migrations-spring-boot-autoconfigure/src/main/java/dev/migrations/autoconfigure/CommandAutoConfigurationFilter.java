package dev.migrations.autoconfigure;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * In a one-shot command ({@code migrations.command}), leaves out every auto-configuration
 * of Spring Boot and of migrations that the command does not need before its conditions
 * are even evaluated: web, JPA, Spring Data, actuator, security and the rest cost
 * start-up time and create nothing the command uses. Kept: the DataSource's, the service
 * connections' (docker compose, Testcontainers), property placeholders and the
 * migrator's. Auto-configurations of other libraries are kept (their beans are lazy in a
 * command, see {@link CommandMode}), in case one provides the DataSource. Without a
 * command, leaves everything in. Registered in {@code META-INF/spring.factories}.
 */
class CommandAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware, BeanClassLoaderAware {

	private static final Set<String> NEEDED = Set.of(
			"org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
			"org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration",
			"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration",
			"org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration",
			"org.springframework.boot.testcontainers.properties.TestcontainersPropertySourceAutoConfiguration",
			MigrationsAutoConfiguration.class.getName());

	private static final Set<String> FILTERED_PREFIXES = Set.of("org.springframework.boot.",
			"dev.migrations.autoconfigure.");

	private @Nullable Environment environment;

	private @Nullable ClassLoader classLoader;

	private @Nullable Set<String> candidates;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public boolean[] match(@Nullable String[] autoConfigurationClasses,
			AutoConfigurationMetadata autoConfigurationMetadata) {
		boolean[] matches = new boolean[autoConfigurationClasses.length];
		Arrays.fill(matches, true);
		if (!isCommand(this.environment)) {
			return matches;
		}
		Set<String> candidates = candidates();
		for (int i = 0; i < matches.length; i++) {
			String name = autoConfigurationClasses[i];
			// Boot also asks about every class an auto-configuration imports: those stay
			matches[i] = name == null || !candidates.contains(name) || NEEDED.contains(name)
					|| FILTERED_PREFIXES.stream().noneMatch(name::startsWith);
		}
		return matches;
	}

	private Set<String> candidates() {
		Set<String> candidates = this.candidates;
		if (candidates == null) {
			candidates = new HashSet<>();
			ImportCandidates.load(AutoConfiguration.class, this.classLoader).forEach(candidates::add);
			this.candidates = candidates;
		}
		return candidates;
	}

	/**
	 * Whether the application runs a one-shot command.
	 * @param environment the environment, or {@code null}
	 * @return whether {@code migrations.command} is set and migrations are enabled
	 */
	static boolean isCommand(@Nullable Environment environment) {
		return environment != null && StringUtils.hasText(environment.getProperty("migrations.command"))
				&& environment.getProperty("migrations.enabled", Boolean.class, true);
	}

}
