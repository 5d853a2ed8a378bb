package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsProperties.Mode;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the migrator and the start-up initializer of each
 * {@code migrations.datasources.<name>} group; {@link MigrationGroupsRegistrar} registers
 * them as beans named {@code <name>} and {@code <name>MigrationsInitializer}, made by
 * this bean's {@link #migrator(String)} and {@link #initializer(String)}. Thread-safe.
 */
public class MigrationGroups {

	/** This bean's name. */
	static final String BEAN_NAME = "migrationGroups";

	private final MigrationsProperties properties;

	private final BeanFactory beanFactory;

	private final Collaborators collaborators;

	MigrationGroups(MigrationsProperties properties, BeanFactory beanFactory, Collaborators collaborators) {
		this.properties = properties;
		this.beanFactory = beanFactory;
		this.collaborators = collaborators;
	}

	/**
	 * The migrator of a group: the group's DataSource bean, its settings over those of
	 * {@code migrations.*}, the customizers, and the listeners (per-migrator ones told
	 * its name).
	 * @param name the group's name
	 * @return the migrator
	 * @throws IllegalStateException if the group's DataSource bean does not exist
	 */
	public Migrator migrator(String name) {
		DataSourceMigrationsProperties group = group(name);
		MigrationsConfiguration.Builder builder = group
			.applyTo(this.properties.toConfiguration(this.collaborators.classLoader()).toBuilder());
		this.collaborators.customizers().orderedStream().forEach((customizer) -> customizer.customize(builder));
		MigrationsConfiguration configuration;
		try {
			configuration = builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"migrations.datasources." + name + ": " + SettingNames.inProperties(ex.getMessage())
						.replace("migrations.", "migrations.datasources." + name + "."),
					ex);
		}
		return Migrator.builder(dataSource(name, group))
			.configuration(configuration)
			.listener(this.collaborators.listeners().of(name, null))
			.build();
	}

	/**
	 * The start-up initializer of a group: its mode, else {@code migrations.mode} (none
	 * when a one-shot command runs).
	 * @param name the group's name
	 * @return the initializer
	 */
	public MigrationsInitializer initializer(String name) {
		Mode mode = (group(name).getMode() != null) ? group(name).getMode() : this.properties.getMode();
		Migrator migrator = this.beanFactory.getBean(name, Migrator.class);
		return new MigrationsInitializer(migrator, (this.properties.getCommand() != null) ? Mode.NONE : mode,
				this.collaborators.observer().getIfUnique(() -> MigrationsCommandObserver.NONE),
				this.collaborators.strategy().getIfUnique());
	}

	private DataSourceMigrationsProperties group(String name) {
		DataSourceMigrationsProperties group = this.properties.getDatasources().get(name);
		if (group == null) {
			throw new IllegalStateException("No migrations.datasources." + name + " group");
		}
		return group;
	}

	private DataSource dataSource(String name, DataSourceMigrationsProperties group) {
		String bean = (group.getDataSource() != null) ? group.getDataSource() : name + "DataSource";
		try {
			return this.beanFactory.getBean(bean, DataSource.class);
		}
		catch (NoSuchBeanDefinitionException ex) {
			throw new IllegalStateException(
					"No DataSource bean named '" + bean + "' for migrations.datasources." + name
							+ ": set migrations.datasources." + name + ".data-source to the DataSource bean's name",
					ex);
		}
	}

	/**
	 * What every group's migrator and initializer share.
	 *
	 * @param classLoader for {@code classpath:} locations
	 * @param listeners the listener beans
	 * @param customizers the configuration customizers
	 * @param observer the command observer, if any
	 * @param strategy the start-up strategy, if any
	 */
	record Collaborators(ClassLoader classLoader, MigratorListeners listeners,
			ObjectProvider<MigrationsCustomizer> customizers, ObjectProvider<MigrationsCommandObserver> observer,
			ObjectProvider<MigrationStrategy> strategy) {
	}

}
