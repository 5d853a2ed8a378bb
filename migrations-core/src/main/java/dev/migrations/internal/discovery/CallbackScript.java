package dev.migrations.internal.discovery;

import java.util.Objects;

/**
 * A SQL callback, named after its event as Flyway names them ({@code beforeMigrate.sql},
 * {@code afterMigrate__refresh_views.sql}): run at that event, in file-name order, never
 * recorded as a migration.
 *
 * @param event the event, such as {@code afterMigrate}
 * @param script the file name
 * @param statements what to run
 */
public record CallbackScript(String event, String script, Section statements) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value is {@code null}
	 */
	public CallbackScript {
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(statements, "statements");
	}

}
