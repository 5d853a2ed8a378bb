package dev.migrations.autoconfigure.command.jpa;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;

/**
 * A JPA application with an entity, a bean that insists on being created eagerly
 * ({@code @Lazy(false)}), a {@link SmartInitializingSingleton} and a
 * {@link SmartLifecycle}: each prints a line when it is created or started, and so does
 * the EntityManagerFactory, so that a test can see from outside what a one-shot command
 * started. Runs in a child JVM.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JpaCommandApplication {

	/** Printed when the EntityManagerFactory is created. */
	public static final String ENTITY_MANAGER_FACTORY_CREATED = "probe: EntityManagerFactory created";

	/** Printed by the eager application bean. */
	public static final String EAGER_BEAN_CREATED = "probe: eager application bean created";

	/** Printed by the smart initializing singleton. */
	public static final String SINGLETONS_INSTANTIATED = "probe: afterSingletonsInstantiated called";

	/** Printed by the smart lifecycle bean. */
	public static final String LIFECYCLE_STARTED = "probe: SmartLifecycle started";

	/** Printed by the listener bean and the listener method. */
	public static final String REFRESH_HEARD = "probe: context refresh heard";

	public static void main(String[] args) {
		SpringApplication.run(JpaCommandApplication.class, args);
	}

	@Bean
	static BeanPostProcessor entityManagerFactoryProbe() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof EntityManagerFactory) {
					System.out.println(ENTITY_MANAGER_FACTORY_CREATED);
				}
				return bean;
			}

		};
	}

	@Bean
	@Lazy(false)
	Object eagerApplicationBean() {
		System.out.println(EAGER_BEAN_CREATED);
		return new Object();
	}

	@Bean
	SmartInitializingSingleton smartInitializingSingleton() {
		return () -> System.out.println(SINGLETONS_INSTANTIATED);
	}

	@Bean
	ApplicationListener<ContextRefreshedEvent> refreshListener() {
		return (event) -> System.out.println(REFRESH_HEARD + " by a listener bean");
	}

	@EventListener
	void onRefresh(ContextRefreshedEvent event) {
		System.out.println(REFRESH_HEARD + " by a listener method");
	}

	@Bean
	SmartLifecycle smartLifecycle() {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				System.out.println(LIFECYCLE_STARTED);
				this.running = true;
			}

			@Override
			public void stop() {
				this.running = false;
			}

			@Override
			public boolean isRunning() {
				return this.running;
			}

		};
	}

}
