package dev.migrations.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * An invalid {@code migrations.*} value ends the start-up with Boot's failure report,
 * naming the property, its value and what is wrong with it, before any connection is
 * made; never with a raw {@code UnsatisfiedDependencyException}.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidPropertiesReportTests {

	@Test
	void aHistoryTableThatIsNotAnIdentifier(CapturedOutput output) {
		start("--migrations.table=schema-migrations");
		assertThat(output)
			.contains("APPLICATION FAILED TO START", "Property: migrations.table", "Value: \"schema-migrations\"",
					"Invalid name 'schema-migrations' (migrations.table)", "Action:")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	void aDurationThatDoesNotParse(CapturedOutput output) {
		start("--migrations.lock-timeout=5 parsecs");
		assertThat(output).contains("APPLICATION FAILED TO START", "migrations.lock-timeout", "5 parsecs", "Action:")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	void aZeroTimeout(CapturedOutput output) {
		start("--migrations.lock-timeout=0s");
		assertThat(output).contains("APPLICATION FAILED TO START", "Property: migrations.lock-timeout",
				"must be at least 1 ms", "Action:");
	}

	@Test
	void anUnknownMode(CapturedOutput output) {
		start("--migrations.mode=sometimes");
		assertThat(output).contains("APPLICATION FAILED TO START", "migrations.mode", "sometimes", "Action:")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	void aTargetThatIsNotAVersion(CapturedOutput output) {
		start("--migrations.target=latest");
		assertThat(output).contains("APPLICATION FAILED TO START", "Property: migrations.target",
				"Invalid migrations.target");
	}

	private static void start(String property) {
		SpringApplication application = new SpringApplication(MigrationsOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		// nothing listens there: the values are refused before any connection
		assertThatException().isThrownBy(
				() -> application.run(property, "--migrations.url=jdbc:postgresql://localhost:1/never_reached"));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(MigrationsAutoConfiguration.class)
	static class MigrationsOnly {

	}

}
