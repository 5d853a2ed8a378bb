package dev.migrations.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CommandEnvironmentPostProcessorTests {

	private final CommandEnvironmentPostProcessor processor = new CommandEnvironmentPostProcessor();

	@Test
	void aCommandStartsNoWebServerAndOnlyTheBeansItNeeds() {
		MockEnvironment environment = new MockEnvironment().withProperty("migrations.command", "status");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
	}

	@Test
	void withoutACommandTheApplicationIsLeftAsItIs() {
		MockEnvironment environment = new MockEnvironment();
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getPropertySources().contains(CommandEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
			.isFalse();
	}

	@Test
	void disabledMigrationsRunNoCommand() {
		MockEnvironment environment = new MockEnvironment().withProperty("migrations.command", "status")
			.withProperty("migrations.enabled", "false");
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
	}

	@Test
	void anExplicitSettingWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("migrations.command", "status");
		TestPropertyValues.of("spring.main.web-application-type=servlet").applyTo(environment);
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("servlet");
	}

}
