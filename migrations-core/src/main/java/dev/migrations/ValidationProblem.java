package dev.migrations;

import java.util.Objects;

/**
 * One reason the files and the history disagree.
 *
 * @param kind what kind of disagreement
 * @param version the version concerned
 * @param script the file name concerned (the recorded one when the file is missing)
 * @param message a complete sentence naming the file and, where a setting changes the
 * verdict, the setting
 */
public record ValidationProblem(Kind kind, Version version, String script, String message) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if any value is {@code null}
	 */
	public ValidationProblem {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(message, "message");
	}

	/**
	 * The kinds of disagreement.
	 */
	public enum Kind {

		/** An applied migration's file was edited: the checksums differ. */
		CHANGED,

		/** An applied migration's file is gone. */
		MISSING_FILE,

		/** A pending migration is older than the newest applied one. */
		OUT_OF_ORDER,

		/** A non-transactional migration stopped part-way. */
		PARTIAL,

		/**
		 * A migration is not applied yet (a problem only for
		 * {@link Migrator#validate()}).
		 */
		PENDING

	}

}
