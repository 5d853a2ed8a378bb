package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.JavaMigration;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsProperties.Mode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration for migrations: one {@link Migrator} (on the DataSource that
 * {@link MigrationsDataSourceResolver} picks), run at start-up by a
 * {@link MigrationsInitializer} before every bean that uses the schema, or a one-shot
 * {@link MigrationsCommandRunner} when {@code migrations.command} is set. Every bean
 * backs off when the application defines its own. The initializer and the command runner
 * are auto-configured for a single migrator only: an application with several (one per
 * DataSource) declares a {@link MigrationsInitializer} for each.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@Conditional(MigrationsAutoConfiguration.MigrationsDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
@ImportRuntimeHints(MigrationsRuntimeHints.class)
public final class MigrationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(ObjectProvider<Migrator> migrators) {
		return new MigrationsSchemaManagementProvider(migrators);
	}

	@Bean
	static LazyInitializationExcludeFilter migrationsLazyInitializationExcludeFilter() {
		return LazyInitializationExcludeFilter.forBeanTypes(MigrationsInitializer.class, MigrationsCommandRunner.class);
	}

	@Bean
	@ConditionalOnSingleCandidate(Migrator.class)
	@ConditionalOnMissingBean
	MigrationsInitializer migrationsInitializer(Migrator migrator, MigrationsProperties properties,
			ObjectProvider<MigrationsCommandObserver> observer, ObjectProvider<MigrationStrategy> strategy) {
		// a one-shot command replaces the start-up mode
		Mode mode = (properties.getCommand() != null) ? Mode.NONE : properties.getMode();
		return new MigrationsInitializer(migrator, mode, observer.getIfUnique(() -> MigrationsCommandObserver.NONE),
				strategy.getIfUnique());
	}

	// Under AOT the condition is frozen at build time: CommandMode registers the runner
	// at run time when this definition is missing
	@Bean
	@ConditionalOnProperty("migrations.command")
	@ConditionalOnSingleCandidate(Migrator.class)
	@ConditionalOnMissingBean
	MigrationsCommandRunner migrationsCommandRunner(Migrator migrator, MigrationsProperties properties,
			ObjectProvider<MigrationsCommandObserver> observer) {
		return new MigrationsCommandRunner(migrator, MigrationsCommandRunner.Options.of(properties),
				observer.getIfUnique(() -> MigrationsCommandObserver.NONE));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Migrator.class)
	static class MigratorConfiguration {

		private final MigrationsProperties properties;

		MigratorConfiguration(MigrationsProperties properties) {
			this.properties = properties;
		}

		@Bean
		@ConditionalOnMissingBean(MigrationsConnectionDetails.class)
		PropertiesMigrationsConnectionDetails migrationsConnectionDetails() {
			return new PropertiesMigrationsConnectionDetails(this.properties);
		}

		// JavaMigration beans run with the migration's connection: they must not depend
		// on beans that use the schema (those wait for the migrations)
		@Bean
		Migrator migrator(ResourceLoader resourceLoader, MigrationsConnectionDetails connectionDetails,
				@MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
				ObjectProvider<DataSource> dataSource, ObjectProvider<JdbcConnectionDetails> jdbcConnectionDetails,
				ObjectProvider<MigrationsCustomizer> customizers, ObjectProvider<MigrationListener> listeners,
				ObjectProvider<JavaMigration> javaMigrations) {
			ClassLoader classLoader = resourceLoader.getClassLoader();
			MigrationsConfiguration.Builder builder = this.properties.toConfiguration(classLoader).toBuilder();
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			DataSource migrated = new MigrationsDataSourceResolver(classLoader)
				.resolve(new MigrationsDataSourceResolver.Candidates(migrationsDataSource.getIfAvailable(),
						dataSource.getIfUnique(), connectionDetails, jdbcConnectionDetails.getIfUnique()));
			MigrationListener listener = MigrationListener.composite(listeners.orderedStream().toList());
			return Migrator.builder(migrated)
				.configuration(builder.build())
				.listener(listener)
				.javaMigrations(javaMigrations.orderedStream().toList())
				.build();
		}

	}

	/**
	 * Matches when there is something to migrate: a DataSource bean, Boot's or our JDBC
	 * connection details, or a dedicated URL.
	 */
	static final class MigrationsDataSourceCondition extends AnyNestedCondition {

		MigrationsDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnBean(JdbcConnectionDetails.class)
		private static final class JdbcConnectionDetailsCondition {

		}

		@ConditionalOnBean(MigrationsConnectionDetails.class)
		private static final class MigrationsConnectionDetailsCondition {

		}

		@ConditionalOnProperty("migrations.url")
		private static final class MigrationsUrlCondition {

		}

	}

}
