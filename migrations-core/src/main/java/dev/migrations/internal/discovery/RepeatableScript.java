package dev.migrations.internal.discovery;

import java.util.Objects;

/**
 * A repeatable migration ({@code R__<description>.sql}): applied after the versioned ones
 * whenever its checksum changes, in description order. Flyway's form is the whole file;
 * ours has the usual sections (only the up is run).
 *
 * @param description the description (its identity)
 * @param script the file name
 * @param up what to run
 * @param checksum the SHA-256 of what to run
 * @param flywayChecksum Flyway's checksum of the whole file, to recognise a repeatable
 * Flyway applied
 */
public record RepeatableScript(String description, String script, Section up, String checksum, int flywayChecksum) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value is {@code null}
	 */
	public RepeatableScript {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(up, "up");
		Objects.requireNonNull(checksum, "checksum");
	}

}
