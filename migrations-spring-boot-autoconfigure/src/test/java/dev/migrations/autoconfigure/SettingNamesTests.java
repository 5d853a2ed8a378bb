package dev.migrations.autoconfigure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's setting names become the properties a Boot user sets.
 */
class SettingNamesTests {

	@Test
	void aSettingIsItsDashedPropertyUnderMigrations() {
		assertThat(SettingNames.property("lockWaitTimeout")).isEqualTo("migrations.lock-wait-timeout");
		assertThat(SettingNames.property("table")).isEqualTo("migrations.table");
	}

	@Test
	void settingsInNestedGroupsKeepTheirGroup() {
		assertThat(SettingNames.property("lintMode")).isEqualTo("migrations.lint.mode");
		assertThat(SettingNames.property("contractEnabled")).isEqualTo("migrations.contract.enabled");
		assertThat(SettingNames.property("missingDownPolicy")).isEqualTo("migrations.flyway.missing-down");
		assertThat(SettingNames.property("flywayHistoryTable")).isEqualTo("migrations.flyway.history-table");
		assertThat(SettingNames.property("databasePattern")).isEqualTo("migrations.verify.database-pattern");
	}

	@Test
	void aMessageNamesPropertiesWhereTheEngineNamedSettings() {
		assertThat(SettingNames.inProperties("The lockTimeout setting must be at least 1 ms: PT0S; "
				+ "or raise the lockTimeout setting or the lockRetries setting."))
			.isEqualTo("migrations.lock-timeout must be at least 1 ms: PT0S; "
					+ "or raise migrations.lock-timeout or migrations.lock-retries.");
	}

	@Test
	void aMessageWithoutSettingsIsUnchanged() {
		assertThat(SettingNames.inProperties("relation \"users\" does not exist"))
			.isEqualTo("relation \"users\" does not exist");
		assertThat(SettingNames.inProperties(null)).isNull();
	}

}
