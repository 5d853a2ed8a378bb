package dev.migrations.sample.database;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the sample's database before any bean exists, and logs one line saying which:
 * the server of {@code spring.datasource.url} when it is set (also through
 * {@code SPRING_DATASOURCE_URL}), otherwise an embedded PostgreSQL it starts here, whose
 * URL and credentials it adds to the environment ahead of every other source. The
 * embedded server stops when the context closes (or fails to start), and at the latest
 * when the JVM exits. Registered in {@code META-INF/spring.factories}.
 */
public final class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "embeddedPostgres";

	private final Log logger;

	/**
	 * Creates the post-processor.
	 * @param logFactory gives a log whose lines are written once logging is set up
	 */
	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			// Spring AOT processing only registers the beans: no database is needed
			return;
		}
		String url = environment.getProperty("spring.datasource.url");
		if (StringUtils.hasText(url)) {
			this.logger.info("Database: the server configured by spring.datasource.url, " + withoutParameters(url));
			return;
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(EmbeddedPostgresSettings.from(environment));
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("spring.datasource.url", server.jdbcUrl(), "spring.datasource.username",
							EmbeddedPostgresServer.DATABASE_AND_USER, "spring.datasource.password", "")));
		application.addInitializers(registration(server));
		this.logger.info("Database: embedded PostgreSQL at " + server.jdbcUrl() + " (user "
				+ EmbeddedPostgresServer.DATABASE_AND_USER + "), data in " + server.settings().dataDirectory()
				+ "; set spring.datasource.url to use another server");
	}

	private static ApplicationContextInitializer<ConfigurableApplicationContext> registration(
			EmbeddedPostgresServer server) {
		return (context) -> {
			// registered before any other bean: destroyed after all of them, the pool
			// included
			DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
			beanFactory.registerSingleton(EmbeddedPostgresServer.BEAN_NAME, server);
			beanFactory.registerDisposableBean(EmbeddedPostgresServer.BEAN_NAME, server);
		};
	}

	private static String withoutParameters(String url) {
		// parameters may hold a password
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

}
