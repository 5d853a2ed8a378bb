package dev.migrations;

import org.jspecify.annotations.Nullable;

/**
 * The root of every error the engine reports. Subclasses carry the structured details
 * (file, line, column, SQLState, versions) as getters; the message is complete on its own
 * and never depends on the log level or the environment.
 */
public class MigrationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with a complete message.
	 * @param message what went wrong, and where a setting would fix it, which one
	 */
	public MigrationException(String message) {
		super(message);
	}

	/**
	 * Creates an exception with a complete message and its cause.
	 * @param message what went wrong, and where a setting would fix it, which one
	 * @param cause the underlying error
	 */
	public MigrationException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
