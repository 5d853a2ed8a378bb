package dev.migrations.internal.history;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The history of a repeatable migration: its last application.
 *
 * @param description the repeatable's description (its identity)
 * @param script the file name
 * @param checksum the checksum it was last applied with
 * @param flywayChecksum for a row taken over from Flyway, Flyway's checksum, else
 * {@code null}
 * @param appliedAt when it was last applied
 * @param appliedBy who applied it
 */
public record RepeatableRow(String description, String script, String checksum, Integer flywayChecksum,
		OffsetDateTime appliedAt, String appliedBy) {

	/** What the version column of a repeatable's row holds before its description. */
	public static final String KEY_PREFIX = "R__";

	/**
	 * Validates the values.
	 * @throws NullPointerException if description or checksum is {@code null}
	 */
	public RepeatableRow {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(checksum, "checksum");
	}

}
