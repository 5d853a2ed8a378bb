package dev.migrations;

import java.time.Duration;
import java.util.Objects;

/**
 * A migration that a command ran (its up for migrate, its down for undo).
 *
 * @param version the version
 * @param description the description
 * @param script the file name
 * @param duration how long it took
 * @param transactional whether it ran in one transaction
 */
public record ExecutedMigration(Version version, String description, String script, Duration duration,
		boolean transactional) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if any value is {@code null}
	 */
	public ExecutedMigration {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(duration, "duration");
	}

}
