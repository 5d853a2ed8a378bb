package dev.migrations.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code migrations.command} is set, makes the application a short-lived command: no
 * web server ({@code spring.main.web-application-type=none}) and no banner above the
 * printed table (defaults added last: an explicit setting still wins), and
 * {@link CommandMode}, which starts only the migrator and what it needs, then ends the
 * JVM with the command's exit code. Decided at run time, so an application built with
 * Spring AOT runs commands too. Registered in {@code META-INF/spring.factories}; runs
 * after the configuration files are loaded.
 */
class CommandEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE_NAME = "migrationsCommand";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String command = environment.getProperty("migrations.command");
		if (command == null || command.isBlank()
				|| !environment.getProperty("migrations.enabled", Boolean.class, true)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("spring.main.web-application-type", "none", "spring.main.banner-mode", "off")));
		application.addInitializers(new CommandMode(System::exit));
	}

}
