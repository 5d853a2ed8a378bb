package dev.migrations.sample.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmbeddedPostgresSettingsTests {

	@Test
	void keepsTheDataUnderTargetOnAFixedPortByDefault() {
		EmbeddedPostgresSettings settings = EmbeddedPostgresSettings.from(new MockEnvironment());
		assertThat(settings.dataDirectory()).isEqualTo(Path.of("target/embedded-postgres").toAbsolutePath());
		assertThat(settings.port()).isEqualTo(54329);
	}

	@Test
	void readsTheDataDirectoryAndPortFromTheEnvironment() {
		EmbeddedPostgresSettings settings = EmbeddedPostgresSettings
			.from(new MockEnvironment().withProperty("sample.embedded-postgres.data-directory", "/var/tmp/shop")
				.withProperty("sample.embedded-postgres.port", "0"));
		assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/tmp/shop"));
		assertThat(settings.port()).isZero();
	}

	@Test
	void rejectsAPortOutOfRangeNamingTheProperty() {
		MockEnvironment environment = new MockEnvironment().withProperty("sample.embedded-postgres.port", "70000");
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddedPostgresSettings.from(environment))
			.withMessage("sample.embedded-postgres.port must be between 0 and 65535, was 70000");
	}

	@Test
	void rejectsABlankDataDirectoryNamingTheProperty() {
		MockEnvironment environment = new MockEnvironment().withProperty("sample.embedded-postgres.data-directory",
				" ");
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddedPostgresSettings.from(environment))
			.withMessage("sample.embedded-postgres.data-directory must not be empty");
	}

}
