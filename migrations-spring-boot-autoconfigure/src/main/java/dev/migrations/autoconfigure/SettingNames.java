package dev.migrations.autoconfigure;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the engine's setting names, as its messages write them ("the lockWaitTimeout
 * setting"), into the properties a Boot user sets ({@code migrations.lock-wait-timeout}).
 * Stateless and thread-safe.
 */
final class SettingNames {

	private static final Pattern SETTING = Pattern.compile("\\b([Tt]he) ([a-z][A-Za-z]*) setting\\b");

	private static final Pattern UPPER = Pattern.compile("([A-Z])");

	/** Settings whose property is not the dashed name under {@code migrations.}. */
	private static final Map<String, String> SPECIAL = Map.of("contractEnabled", "migrations.contract.enabled",
			"lintMode", "migrations.lint.mode", "missingDownPolicy", "migrations.flyway.missing-down",
			"flywayHistoryTable", "migrations.flyway.history-table", "allow", "migrations.verify.allow",
			"databasePattern", "migrations.verify.database-pattern", "schemas", "migrations.verify.schemas");

	private SettingNames() {
	}

	/**
	 * The property of a setting of the engine's configuration.
	 * @param setting the builder's setting, such as {@code lockWaitTimeout}
	 * @return the property, such as {@code migrations.lock-wait-timeout}
	 */
	static String property(String setting) {
		String special = SPECIAL.get(setting);
		if (special != null) {
			return special;
		}
		return "migrations." + UPPER.matcher(setting).replaceAll((match) -> "-" + match.group(1).toLowerCase());
	}

	/**
	 * A message of the engine with each setting it names replaced by its property.
	 * @param message the engine's message, or {@code null}
	 * @return the message as a Boot user reads it, or {@code null}
	 */
	static String inProperties(String message) {
		if (message == null) {
			return null;
		}
		Matcher matcher = SETTING.matcher(message);
		return matcher.replaceAll((match) -> Matcher.quoteReplacement(property(match.group(2))));
	}

}
