package dev.migrations;

/**
 * A statement of a migration that PostgreSQL refused. The migration's transaction was
 * rolled back, so nothing of a transactional migration is recorded; a non-transactional
 * one records the statements that completed, and the next run resumes at this one.
 * <p>
 * The message reads
 * {@code script:line:column: ERROR: server message (SQLState 42P01), statement 2 of 3:
 * excerpt}.
 */
public class StatementException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final String script;

	private final Version version;

	private final int line;

	private final int column;

	private final String sqlState;

	private final int statementNumber;

	private final int statementCount;

	private final String excerpt;

	private final transient Location location;

	private final String serverMessage;

	/**
	 * Creates an exception for a refused statement.
	 * @param location where the statement is and which one it is
	 * @param sqlState the SQLState PostgreSQL gave, or {@code null} when none was given
	 * @param serverMessage PostgreSQL's own message
	 * @param cause the driver's exception
	 */
	public StatementException(Location location, String sqlState, String serverMessage, Throwable cause) {
		this(location, sqlState, serverMessage, null, cause);
	}

	/**
	 * Creates an exception for a refused statement, with advice on what to do.
	 * @param location where the statement is and which one it is
	 * @param sqlState the SQLState PostgreSQL gave, or {@code null} when none was given
	 * @param serverMessage PostgreSQL's own message
	 * @param advice what to do about it (who blocked it, which property to raise), or
	 * {@code null}
	 * @param cause the driver's exception
	 */
	public StatementException(Location location, String sqlState, String serverMessage, String advice,
			Throwable cause) {
		super(location.script() + ":" + location.line() + ":" + location.column() + ": ERROR: " + serverMessage
				+ ((sqlState != null) ? " (SQLState " + sqlState + ")" : "") + ", statement "
				+ location.statementNumber() + " of " + location.statementCount() + ": " + location.excerpt()
				+ ((advice != null) ? "\n" + advice : ""), cause);
		this.location = location;
		this.serverMessage = serverMessage;
		this.script = location.script();
		this.version = location.version();
		this.line = location.line();
		this.column = location.column();
		this.sqlState = sqlState;
		this.statementNumber = location.statementNumber();
		this.statementCount = location.statementCount();
		this.excerpt = location.excerpt();
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
			int statementCount, String excerpt) {
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
	 * PostgreSQL's own message, without location.
	 * @return the message
	 */
	public String getServerMessage() {
		return this.serverMessage;
	}

	/**
	 * The file name.
	 * @return the file name
	 */
	public String getScript() {
		return this.script;
	}

	/**
	 * The migration's version.
	 * @return the version
	 */
	public Version getVersion() {
		return this.version;
	}

	/**
	 * The 1-based line of the statement in the file.
	 * @return the line
	 */
	public int getLine() {
		return this.line;
	}

	/**
	 * The 1-based column of the statement's first character.
	 * @return the column
	 */
	public int getColumn() {
		return this.column;
	}

	/**
	 * PostgreSQL's SQLState, e.g. {@code 42P01}.
	 * @return the SQLState, or {@code null} when the driver gave none
	 */
	public String getSqlState() {
		return this.sqlState;
	}

	/**
	 * The 1-based number of the statement in its section.
	 * @return the statement number
	 */
	public int getStatementNumber() {
		return this.statementNumber;
	}

	/**
	 * How many statements the section has.
	 * @return the count
	 */
	public int getStatementCount() {
		return this.statementCount;
	}

	/**
	 * The statement, cut short.
	 * @return the excerpt
	 */
	public String getExcerpt() {
		return this.excerpt;
	}

}
