package dev.migrations.autoconfigure.metrics;

import java.time.Duration;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import dev.migrations.autoconfigure.MigrationsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration for migrations metrics ({@link MigrationsMetrics}, when a
 * {@link MeterRegistry} bean exists) and for an
 * {@link io.micrometer.observation.Observation} around each command run
 * ({@link CommandObservation}, when an {@link ObservationRegistry} bean exists).
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class, afterName = {
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ Migrator.class, MeterRegistry.class })
@ConditionalOnBean(Migrator.class)
public final class MigrationsMetricsAutoConfiguration {

	/** How old the gauges' cached status may get. */
	static final Duration GAUGE_REFRESH_INTERVAL = Duration.ofMinutes(1);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(MeterRegistry.class)
	static class MeterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrationsMetrics migrationsMetrics(MeterRegistry registry, ObjectProvider<Migrator> migrators,
				ObjectProvider<MigrationsProperties> properties) {
			MigrationsProperties bound = properties.getIfAvailable();
			int tenantTagLimit = (bound != null) ? bound.getTenants().getMetricsTagLimit()
					: MigrationsMetrics.DEFAULT_TENANT_TAG_LIMIT;
			return new MigrationsMetrics(registry, () -> migrators.orderedStream().toList(), GAUGE_REFRESH_INTERVAL,
					tenantTagLimit);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ObservationRegistry.class)
	@ConditionalOnBean(ObservationRegistry.class)
	static class ObservationConfiguration {

		@Bean
		@ConditionalOnMissingBean(MigrationsCommandObserver.class)
		CommandObservation migrationsCommandObservation(ObservationRegistry registry) {
			return new CommandObservation(registry);
		}

	}

}
