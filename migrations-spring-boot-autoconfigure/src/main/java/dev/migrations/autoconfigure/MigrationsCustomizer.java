package dev.migrations.autoconfigure;

import dev.migrations.MigrationsConfiguration;

/**
 * Adjusts the engine's configuration after the {@code migrations.*} properties were
 * applied, before the auto-configured {@link dev.migrations.Migrator} is built. Every
 * bean of this type is applied, in
 * {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface MigrationsCustomizer {

	/**
	 * Customizes the configuration.
	 * @param builder the builder, holding the values from the properties
	 */
	void customize(MigrationsConfiguration.Builder builder);

}
