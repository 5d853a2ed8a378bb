package dev.migrations.autoconfigure;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrations.JavaMigration;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsProperties.Mode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;

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
@Import({ DatabaseInitializationDependencyConfigurer.class, MigrationGroupsRegistrar.class })
@ImportRuntimeHints(MigrationsRuntimeHints.class)
public final class MigrationsAutoConfiguration {

	private static final Log logger = LogFactory.getLog(MigrationsAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(ObjectProvider<Migrator> migrators) {
		return new MigrationsSchemaManagementProvider(migrators);
	}

	@Bean
	static LazyInitializationExcludeFilter migrationsLazyInitializationExcludeFilter() {
		return LazyInitializationExcludeFilter.forBeanTypes(MigrationsInitializer.class, MigrationsCommandRunner.class,
				MigrationTenants.class);
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
	@ConditionalOnMissingBean
	MigrationsCommandRunner migrationsCommandRunner(ListableBeanFactory beanFactory) {
		return CommandTargets.runner(beanFactory);
	}

	@Bean(MigrationGroups.BEAN_NAME)
	@Conditional(DataSourceGroupsCondition.class)
	@ConditionalOnMissingBean
	MigrationGroups migrationGroups(MigrationsProperties properties, BeanFactory beanFactory,
			ResourceLoader resourceLoader, ObjectProvider<MigrationListener> listeners,
			ObjectProvider<PerMigratorListener> perMigrator, ObjectProvider<MigrationsCustomizer> customizers,
			ObjectProvider<MigrationsCommandObserver> observer, ObjectProvider<MigrationStrategy> strategy) {
		return new MigrationGroups(properties, beanFactory,
				new MigrationGroups.Collaborators(resourceLoader.getClassLoader(),
						new MigratorListeners(listeners, perMigrator), customizers, observer, strategy));
	}

	// after the application's own migrations (a table of tenants, say), before the beans
	// that use the database
	@Bean
	@Conditional(TenantsCondition.class)
	@ConditionalOnMissingBean
	MigrationTenants migrationTenants(MigrationsProperties properties, Environment environment,
			ResourceLoader resourceLoader, ObjectProvider<Migrator> migrators,
			ObjectProvider<MigrationsInitializer> initializers, ObjectProvider<TenantNames> names,
			ObjectProvider<MigrationListener> listeners, ObjectProvider<PerMigratorListener> perMigrator) {
		initializers.orderedStream().forEach((initializer) -> logger.debug("Tenants after " + initializer));
		Migrator application = migrators.getIfUnique();
		if (application == null) {
			throw new IllegalStateException("migrations.tenants needs the application's migrator (one DataSource), "
					+ "found " + migrators.stream().count() + " migrators");
		}
		TenantsConfiguration tenants = new TenantsConfiguration(properties, environment,
				resourceLoader.getClassLoader());
		Mode mode = (properties.getCommand() != null) ? Mode.NONE : properties.getMode();
		return new MigrationTenants(tenants.builder(application, new MigratorListeners(listeners, perMigrator)).build(),
				names.getIfAvailable(tenants::names), mode);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Migrator.class)
	@Conditional(NoDataSourceGroupsCondition.class)
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
				ObjectProvider<PerMigratorListener> perMigrator, ObjectProvider<JavaMigration> javaMigrations) {
			ClassLoader classLoader = resourceLoader.getClassLoader();
			MigrationsConfiguration.Builder builder = this.properties.toConfiguration(classLoader).toBuilder();
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			DataSource migrated = new MigrationsDataSourceResolver(classLoader)
				.resolve(new MigrationsDataSourceResolver.Candidates(migrationsDataSource.getIfAvailable(),
						dataSource.getIfUnique(), connectionDetails, jdbcConnectionDetails.getIfUnique()));
			MigrationListener listener = new MigratorListeners(listeners, perMigrator).of("migrator", null);
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

	/**
	 * Matches when {@code migrations.datasources.<name>} groups are set.
	 */
	static final class DataSourceGroupsCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Set<String> groups = MigrationGroupsRegistrar.groups(context.getEnvironment()).keySet();
			return groups.isEmpty() ? ConditionOutcome.noMatch("no migrations.datasources groups")
					: ConditionOutcome.match("migrations.datasources groups " + groups);
		}

	}

	/**
	 * Matches when no {@code migrations.datasources.<name>} group is set: the opposite of
	 * {@link DataSourceGroupsCondition}.
	 */
	static final class NoDataSourceGroupsCondition extends NoneNestedConditions {

		NoDataSourceGroupsCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(DataSourceGroupsCondition.class)
		static final class Groups {

		}

	}

	/**
	 * Matches when tenants are listed in {@code migrations.tenants.*} or supplied by a
	 * {@link TenantNames} bean.
	 */
	static final class TenantsCondition extends AnyNestedCondition {

		TenantsCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@Conditional(TenantPropertiesCondition.class)
		private static final class TenantPropertiesSet {

		}

		@ConditionalOnBean(TenantNames.class)
		private static final class TenantNamesBean {

		}

	}

	/**
	 * Matches when {@code migrations.tenants.schemas} or {@code .databases} lists a
	 * tenant.
	 */
	static final class TenantPropertiesCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Binder binder = Binder.get(context.getEnvironment());
			for (String list : List.of("schemas", "databases")) {
				if (!binder.bind("migrations.tenants." + list, Bindable.listOf(String.class))
					.orElse(List.of())
					.isEmpty()) {
					return ConditionOutcome.match("migrations.tenants." + list + " is set");
				}
			}
			return ConditionOutcome.noMatch("no migrations.tenants.schemas or databases");
		}

	}

}
