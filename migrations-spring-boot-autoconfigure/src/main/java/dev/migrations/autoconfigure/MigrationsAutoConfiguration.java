package dev.migrations.autoconfigure;

import java.nio.file.Path;

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
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration for migrations: one {@link Migrator} on the application's
 * {@link DataSource} (or on a dedicated connection from
 * {@code migrations.url}/{@code user}/{@code password}), run at start-up by a
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
public final class MigrationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(ObjectProvider<Migrator> migrators) {
		return new MigrationsSchemaManagementProvider(migrators);
	}

	@Bean
	static LazyInitializationExcludeFilter migrationsLazyInitializationExcludeFilter() {
		return LazyInitializationExcludeFilter.forBeanTypes(MigrationsInitializer.class, MigrationsCommandRunner.class,
				CommandExitListener.class);
	}

	@Bean
	@ConditionalOnSingleCandidate(Migrator.class)
	@ConditionalOnMissingBean
	MigrationsInitializer migrationsInitializer(Migrator migrator, MigrationsProperties properties,
			ObjectProvider<MigrationsCommandObserver> observer) {
		// a one-shot command replaces the start-up mode
		Mode mode = (properties.getCommand() != null) ? Mode.NONE : properties.getMode();
		return new MigrationsInitializer(migrator, mode, observer.getIfUnique(() -> MigrationsCommandObserver.NONE));
	}

	@Bean
	@ConditionalOnProperty("migrations.command")
	@ConditionalOnSingleCandidate(Migrator.class)
	@ConditionalOnMissingBean
	MigrationsCommandRunner migrationsCommandRunner(Migrator migrator, MigrationsProperties properties,
			ObjectProvider<MigrationsCommandObserver> observer) {
		String reportFile = properties.getVerify().getReportFile();
		MigrationsCommandRunner.Options options = new MigrationsCommandRunner.Options(properties.getCommand(),
				properties.targetVersion(), properties.toVerifyOptions(),
				StringUtils.hasText(reportFile) ? Path.of(reportFile.strip()) : null);
		return new MigrationsCommandRunner(migrator, options,
				observer.getIfUnique(() -> MigrationsCommandObserver.NONE));
	}

	@Bean
	@ConditionalOnBean(MigrationsCommandRunner.class)
	CommandExitListener migrationsCommandExitListener() {
		return new CommandExitListener(System::exit);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(Migrator.class)
	static class MigratorConfiguration {

		private final MigrationsProperties properties;

		MigratorConfiguration(MigrationsProperties properties) {
			this.properties = properties;
		}

		// JavaMigration beans run with the migration's connection: they must not depend
		// on beans that
		// use the schema (those wait for the migrations)
		@Bean
		Migrator migrator(ResourceLoader resourceLoader, ObjectProvider<DataSource> dataSource,
				ObjectProvider<MigrationsCustomizer> customizers, ObjectProvider<MigrationListener> listeners,
				ObjectProvider<JavaMigration> javaMigrations) {
			MigrationsConfiguration.Builder builder = this.properties.toConfiguration(resourceLoader.getClassLoader())
				.toBuilder();
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			MigrationListener listener = MigrationListener.composite(listeners.orderedStream().toList());
			return new Migrator(migrationDataSource(dataSource.getIfUnique(), resourceLoader.getClassLoader()),
					builder.build(), listener, javaMigrations.orderedStream().toList());
		}

		private DataSource migrationDataSource(DataSource applicationDataSource, ClassLoader classLoader) {
			String url = this.properties.getUrl();
			if (StringUtils.hasText(url)) {
				return credentials(DataSourceBuilder.create(classLoader).type(SimpleDriverDataSource.class).url(url));
			}
			if (applicationDataSource == null) {
				throw new IllegalStateException("migrations needs one DataSource but found none, or several without "
						+ "a @Primary one: mark one @Primary, define your own Migrator bean, or set migrations.url");
			}
			if (StringUtils.hasText(this.properties.getUser())) {
				return credentials(
						DataSourceBuilder.derivedFrom(applicationDataSource).type(SimpleDriverDataSource.class));
			}
			return applicationDataSource;
		}

		private DataSource credentials(DataSourceBuilder<?> builder) {
			return builder.username(this.properties.getUser()).password(this.properties.getPassword()).build();
		}

	}

	/**
	 * Matches when there is a DataSource to migrate: a DataSource bean, or a dedicated
	 * URL.
	 */
	static final class MigrationsDataSourceCondition extends AnyNestedCondition {

		MigrationsDataSourceCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		private static final class DataSourceBeanCondition {

		}

		@ConditionalOnProperty("migrations.url")
		private static final class MigrationsUrlCondition {

		}

	}

}
