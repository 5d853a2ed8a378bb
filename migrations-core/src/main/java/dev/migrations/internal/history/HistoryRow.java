package dev.migrations.internal.history;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

import dev.migrations.Version;

/**
 * One row of the history table.
 *
 * @param version the version
 * @param description the description
 * @param script the file name
 * @param checksum the up section's checksum when applied
 * @param downSql the down section as applied, or {@code null} when irreversible
 * @param downLine the file line where the down section started, for error messages
 * @param appliedAt when it was applied
 * @param appliedBy the role that applied it
 * @param executionTime how long the up section took
 * @param partial whether it is a non-transactional migration that stopped part-way
 * @param statementsDone for a partial one, how many statements completed
 * @param batchPosition for a partial one stopped inside a batched statement, the last key
 * of its last committed batch, else {@code null}
 * @param flywayChecksum for a row taken over from Flyway's history, Flyway's checksum,
 * else {@code null}
 * @param origin {@code flyway} for a row taken over from Flyway's history,
 * {@code baseline} for one at or below the baseline version, {@code null} for one this
 * engine applied
 */
public record HistoryRow(Version version, String description, String script, String checksum, String downSql,
		int downLine, OffsetDateTime appliedAt, String appliedBy, Duration executionTime, boolean partial,
		int statementsDone, Long batchPosition, Integer flywayChecksum, String origin) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a required value is {@code null}
	 */
	public HistoryRow {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(checksum, "checksum");
	}

}
