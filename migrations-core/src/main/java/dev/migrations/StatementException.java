package dev.migrations;

import java.io.Serializable;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A statement of a migration that PostgreSQL refused. The migration's transaction was
 * rolled back, so nothing of a transactional migration is recorded; a non-transactional
 * one records the statements that completed, and the next run resumes at this one.
 * <p>
 * The message reads
 * {@code script:line:column: ERROR: server message (SQLState 42P01), statement 2 of 3:
 * excerpt}; {@link #getLocation()} gives each part.
 */
public class StatementException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final Location location;

	private final @Nullable String sqlState;

	private final String serverMessage;

	/**
	 * Creates an exception for a refused statement.
	 * @param location where the statement is and which one it is
	 * @param sqlState the SQLState PostgreSQL gave, or {@code null} when none was given
	 * @param serverMessage the message PostgreSQL gave
	 * @param cause the driver's exception
	 */
	public StatementException(Location location, @Nullable String sqlState, String serverMessage,
			@Nullable Throwable cause) {
		this(location, sqlState, serverMessage, null, cause);
	}

	/**
	 * Creates an exception for a refused statement, with advice on what to do.
	 * @param location where the statement is and which one it is
	 * @param sqlState the SQLState PostgreSQL gave, or {@code null} when none was given
	 * @param serverMessage the message PostgreSQL gave
	 * @param advice what to do about it (who blocked it, which setting to raise), or
	 * {@code null}
	 * @param cause the driver's exception
	 */
	public StatementException(Location location, @Nullable String sqlState, String serverMessage,
			@Nullable String advice, @Nullable Throwable cause) {
		super(location.script() + ":" + location.line() + ":" + location.column() + ": ERROR: " + serverMessage
				+ ((sqlState != null) ? " (SQLState " + sqlState + ")" : "") + ", statement "
				+ location.statementNumber() + " of " + location.statementCount() + ": " + location.excerpt()
				+ ((advice != null) ? "\n" + advice : ""), cause);
		this.location = location;
		this.serverMessage = serverMessage;
		this.sqlState = sqlState;
	}

	/**
	 * Where a statement stands in its migration.
	 *
	 * @param script the file name
	 * @param version the migration's version
	 * @param line the 1-based line in the file
	 * @param column the 1-based column
	 * @param statementNumber the 1-based number of the statement in its section
	 * @param statementCount how many statements the section has
	 * @param excerpt the statement, cut short
	 */
	public record Location(String script, Version version, int line, int column, int statementNumber,
			int statementCount, String excerpt) implements Serializable {

		/**
		 * Validates the values.
		 * @throws NullPointerException if script, version or excerpt is {@code null}
		 */
		public Location {
			Objects.requireNonNull(script, "script");
			Objects.requireNonNull(version, "version");
			Objects.requireNonNull(excerpt, "excerpt");
		}

	}

	/**
	 * The same error with advice added.
	 * @param advice what to do about it
	 * @return a new exception
	 */
	public StatementException withAdvice(String advice) {
		return new StatementException(this.location, this.sqlState, this.serverMessage, advice, getCause());
	}

	/**
	 * Where the statement is: file, version, line, column, its number in its section and
	 * an excerpt.
	 * @return the location
	 */
	public Location getLocation() {
		return this.location;
	}

	/**
	 * PostgreSQL's own message, without location.
	 * @return the message
	 */
	public String getServerMessage() {
		return this.serverMessage;
	}

	/**
	 * PostgreSQL's SQLState, e.g. {@code 42P01}.
	 * @return the SQLState, or {@code null} when the driver gave none
	 */
	public @Nullable String getSqlState() {
		return this.sqlState;
	}

}
