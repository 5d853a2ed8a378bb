package dev.migrations.autoconfigure;

import java.util.List;
import java.util.function.IntConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryInitializer;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.LifecycleProcessor;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.weaving.LoadTimeWeaverAware;

/**
 * The application context of a one-shot command: only the command runner and what it
 * needs (the migrator, its DataSource, the properties) start. Every other bean definition
 * is made lazy, whatever its own setting, so no repository, controller or bean of the
 * application is created; beans the container creates before it looks at lazy-init (JPA's
 * EntityManagerFactory, a {@code LoadTimeWeaverAware}) are left out; no
 * {@code SmartLifecycle} bean is started (a lifecycle processor that starts nothing
 * replaces the default); and events reach only listeners registered in code, not listener
 * beans, which would be created to hear them. The runner runs the command while the
 * context refreshes; {@link CommandExitListener} then closes the context and ends the JVM
 * with the command's code. Under Spring AOT, where the runner's property condition was
 * decided at build time, the runner is registered here. Added by
 * {@link CommandEnvironmentPostProcessor}.
 */
final class CommandMode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Log logger = LogFactory.getLog(CommandMode.class);

	static final String RUNNER_BEAN_NAME = "migrationsCommandRunner";

	private final IntConsumer exit;

	CommandMode(IntConsumer exit) {
		this.exit = exit;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.addBeanFactoryPostProcessor(new OnlyTheCommand());
		context.addApplicationListener(new CommandExitListener(this.exit));
	}

	/**
	 * Runs after the configuration classes (and the AOT initializer) registered every
	 * bean definition, before any bean is created.
	 */
	static final class OnlyTheCommand implements BeanFactoryPostProcessor {

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			String runner = runnerBeanName(beanFactory);
			leaveOutEarlyBeans(beanFactory);
			for (String name : beanFactory.getBeanDefinitionNames()) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				if (definition instanceof AbstractBeanDefinition bean) {
					bean.setLazyInit(!name.equals(runner));
				}
			}
			// Boot defines one (LifecycleAutoConfiguration): ours replaces it
			String lifecycleProcessor = AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME;
			if (beanFactory instanceof BeanDefinitionRegistry registry
					&& registry.containsBeanDefinition(lifecycleProcessor)) {
				registry.removeBeanDefinition(lifecycleProcessor);
			}
			if (!beanFactory.containsSingleton(lifecycleProcessor)) {
				beanFactory.registerSingleton(lifecycleProcessor, new StartNothing());
			}
			String multicaster = AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME;
			if (!beanFactory.containsLocalBean(multicaster)) {
				beanFactory.registerSingleton(multicaster, new ProgrammaticListenersOnly(beanFactory));
			}
		}

		/**
		 * The container creates {@link LoadTimeWeaverAware} beans (JPA's
		 * EntityManagerFactory) and {@link BeanFactoryInitializer} beans before it looks
		 * at lazy-init: nothing in a command uses them, so they are left out.
		 */
		private static void leaveOutEarlyBeans(ConfigurableListableBeanFactory beanFactory) {
			if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
				return;
			}
			for (Class<?> type : List.of(LoadTimeWeaverAware.class, BeanFactoryInitializer.class)) {
				for (String name : beanFactory.getBeanNamesForType(type, true, false)) {
					String bean = BeanFactoryUtils.transformedBeanName(name);
					if (registry.containsBeanDefinition(bean)) {
						logger.debug("Command mode: bean '" + bean + "' left out (created early otherwise)");
						registry.removeBeanDefinition(bean);
					}
				}
			}
		}

		private static String runnerBeanName(ConfigurableListableBeanFactory beanFactory) {
			String[] runners = beanFactory.getBeanNamesForType(MigrationsCommandRunner.class, true, false);
			if (runners.length > 0) {
				return runners[0];
			}
			if (beanFactory instanceof BeanDefinitionRegistry registry) {
				RootBeanDefinition definition = new RootBeanDefinition(MigrationsCommandRunner.class,
						() -> runner(beanFactory));
				registry.registerBeanDefinition(RUNNER_BEAN_NAME, definition);
			}
			return RUNNER_BEAN_NAME;
		}

		private static MigrationsCommandRunner runner(ConfigurableListableBeanFactory beanFactory) {
			return CommandTargets.runner(beanFactory);
		}

	}

	/**
	 * Delivers events only to listener objects registered in code (Spring Boot's own, and
	 * {@link CommandExitListener}): a listener bean, or an {@code @EventListener} method
	 * of a bean, would create its bean (a web resource handler, an application bean) when
	 * the context publishes that it has refreshed.
	 */
	static final class ProgrammaticListenersOnly extends SimpleApplicationEventMulticaster {

		ProgrammaticListenersOnly(BeanFactory beanFactory) {
			super(beanFactory);
		}

		@Override
		public void addApplicationListenerBean(String listenerBeanName) {
		}

		@Override
		public void addApplicationListener(ApplicationListener<?> listener) {
			if (!(listener instanceof ApplicationListenerMethodAdapter)) {
				super.addApplicationListener(listener);
			}
		}

	}

	/**
	 * Starts and stops nothing: the default processor would create every
	 * {@code SmartLifecycle} bean, lazy or not, to start it.
	 */
	static final class StartNothing implements LifecycleProcessor {

		@Override
		public void onRefresh() {
		}

		@Override
		public void onClose() {
		}

		@Override
		public void start() {
		}

		@Override
		public void stop() {
		}

		@Override
		public boolean isRunning() {
			return false;
		}

	}

}
