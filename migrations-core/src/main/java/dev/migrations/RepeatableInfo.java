package dev.migrations;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A repeatable migration ({@code R__<description>.sql}) as {@link Migrator#status()} sees
 * it.
 *
 * @param description the description (its identity)
 * @param script the file name, or the recorded one when the file is gone
 * @param state {@link State#APPLIED} when its file is unchanged since it last ran,
 * {@link State#PENDING} when new or edited (it runs again at the next migrate),
 * {@link State#MISSING_FILE} when the file is gone
 * @param checksum the file's checksum, or the recorded one when the file is gone
 * @param appliedAt when it last ran, or {@code null}
 * @param appliedBy who ran it, or {@code null}
 */
public record RepeatableInfo(String description, String script, State state, String checksum,
		@Nullable OffsetDateTime appliedAt, @Nullable String appliedBy) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if description, script or state is {@code null}
	 */
	public RepeatableInfo {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(state, "state");
	}

	/**
	 * The states of a repeatable migration.
	 */
	public enum State {

		/** Ran with the file as it is now. */
		APPLIED,

		/** New or edited since it last ran: migrate runs it. */
		PENDING,

		/** Ran once, but its file is gone. */
		MISSING_FILE

	}

}
