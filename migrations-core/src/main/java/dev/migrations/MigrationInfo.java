package dev.migrations;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One migration as known from its file, its history row, or both.
 *
 * @param version the version
 * @param description the description, from the file name
 * @param script the file name (or the recorded one when the file is missing)
 * @param state the state
 * @param checksum the SHA-256 of the up section as recorded when applied, or of the file
 * when pending
 * @param appliedAt when it was applied, or {@code null} when it is not
 * @param appliedBy the database role that applied it, or {@code null} when it is not
 * applied
 * @param executionTime how long the up section took, or {@code null} when it is not
 * applied
 * @param reversible whether it has a down section (applied ones: whether a down was
 * recorded)
 * @param transactional whether it runs in one transaction ({@code false} for migrations
 * with statements such as {@code CREATE INDEX CONCURRENTLY}, which run statement by
 * statement in autocommit); for an applied one, whether it ran in one, as its history row
 * records (a row taken over from Flyway or a baseline: as its file reads)
 * @param upSql the up section from the file, or {@code null} when the file is missing
 * @param downSql the down section (as recorded when applied, else from the file), or
 * {@code null} when the migration is irreversible
 * @param origin where an applied migration's record came from: {@code flyway} (taken over
 * from Flyway's history), {@code baseline} (at or below the baseline version, never run
 * here), or {@code null} (applied by this engine, or not applied)
 * @param batchPosition for a {@link MigrationState#PARTIAL} migration stopped inside a
 * batched statement, the last key of its last committed batch (the next run resumes after
 * it), else {@code null}
 */
public record MigrationInfo(Version version, String description, String script, MigrationState state, String checksum,
		@Nullable OffsetDateTime appliedAt, @Nullable String appliedBy, @Nullable Duration executionTime,
		boolean reversible, boolean transactional, @Nullable String upSql, @Nullable String downSql,
		@Nullable String origin, @Nullable Long batchPosition) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if version, description, script or state is
	 * {@code null}
	 */
	public MigrationInfo {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(state, "state");
	}

	/**
	 * Whether the migration has been applied (fully or, for
	 * {@link MigrationState#PARTIAL}, in part).
	 * @return whether a history row exists for it
	 */
	public boolean isApplied() {
		return this.appliedAt != null;
	}

}
