package dev.migrations.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.JavaMigration;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * At Spring AOT processing, registers what the configuration of the application being
 * processed needs in a native image: its {@code classpath:} migration locations
 * ({@code migrations.locations}, as set when processing) as resources, and the classes of
 * its {@link JavaMigration} beans for reflection, so that their names, recorded in the
 * history, resolve. Registered in {@code META-INF/spring/aot.factories}.
 */
class MigrationsAotProcessor implements BeanFactoryInitializationAotProcessor {

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		Set<String> patterns = new LinkedHashSet<>();
		locations(beanFactory).stream()
			.filter((location) -> !location.startsWith("filesystem:"))
			.map(MigrationsRuntimeHints::pattern)
			.forEach(patterns::add);
		List<Class<?>> javaMigrations = new ArrayList<>();
		for (String name : beanFactory.getBeanNamesForType(JavaMigration.class, true, false)) {
			Class<?> type = beanFactory.getType(name, false);
			if (type != null) {
				javaMigrations.add(type);
			}
		}
		if (patterns.isEmpty() && javaMigrations.isEmpty()) {
			return null;
		}
		return (context, code) -> register(context.getRuntimeHints(), patterns, javaMigrations);
	}

	private static void register(RuntimeHints hints, Set<String> patterns, List<Class<?>> javaMigrations) {
		patterns.forEach((pattern) -> hints.resources().registerPattern(pattern));
		javaMigrations.forEach((type) -> hints.reflection()
			.registerType(type, MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS));
	}

	private static List<String> locations(ConfigurableListableBeanFactory beanFactory) {
		if (!beanFactory.containsBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME)) {
			return new MigrationsProperties().getLocations();
		}
		Environment environment = beanFactory.getBean(ConfigurableApplicationContext.ENVIRONMENT_BEAN_NAME,
				Environment.class);
		return Binder.get(environment)
			.bind("migrations.locations", Bindable.listOf(String.class))
			.orElse(new MigrationsProperties().getLocations());
	}

}
