package dev.migrations.autoconfigure;

import java.util.Map;

import dev.migrations.Migrator;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers, for each {@code migrations.datasources.<name>} group, a {@link Migrator}
 * bean named {@code <name>} and a {@link MigrationsInitializer} bean named
 * {@code <name>MigrationsInitializer}, both made by the {@link MigrationGroups} bean, so
 * that the endpoint, health, metrics and Spring Boot's database initialization ordering
 * see each group as they see any migrator.
 */
class MigrationGroupsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String name : groups(this.environment).keySet()) {
			registry.registerBeanDefinition(name, made(Migrator.class, "migrator", name));
			registry.registerBeanDefinition(name + "MigrationsInitializer",
					made(MigrationsInitializer.class, "initializer", name));
		}
	}

	private static BeanDefinition made(Class<?> type, String method, String name) {
		RootBeanDefinition definition = new RootBeanDefinition();
		definition.setFactoryBeanName(MigrationGroups.BEAN_NAME);
		definition.setFactoryMethodName(method);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
		definition.setTargetType(type);
		return definition;
	}

	/**
	 * The groups set in the environment.
	 * @param environment the environment
	 * @return the groups by name, possibly none
	 */
	static Map<String, Object> groups(Environment environment) {
		return Binder.get(environment)
			.bind("migrations.datasources", Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of());
	}

}
