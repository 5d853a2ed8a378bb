package dev.migrations.internal.postgres;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.StatementException;
import dev.migrations.Version;
import dev.migrations.internal.sql.SqlStatement;

/**
 * Wraps a refused statement's {@link SQLException} once, at the executor, into a
 * {@link StatementException}. When PostgreSQL reports the position of the error inside
 * the statement, the line and column point at it; otherwise at the statement's first
 * character. Thread-safe.
 */
public final class StatementErrors {

	private static final int EXCERPT_LENGTH = 80;

	private static final Pattern POSITION = Pattern.compile("\\n\\s*Position: (\\d+)");

	private StatementErrors() {
	}

	/**
	 * Wraps an error.
	 * @param script the file name (or a description such as
	 * {@code file (down, as recorded)})
	 * @param version the migration's version
	 * @param statement the statement that failed
	 * @param number the 1-based number of the statement in its section
	 * @param count the number of statements in the section
	 * @param error the driver's error
	 * @return the exception to throw
	 */
	public static StatementException wrap(String script, Version version, SqlStatement statement, int number, int count,
			SQLException error) {
		String raw = String.valueOf(error.getMessage());
		int line = statement.line();
		int column = statement.column();
		Matcher position = POSITION.matcher(raw);
		if (position.find()) {
			int[] at = locate(statement, Integer.parseInt(position.group(1)) - 1);
			line = at[0];
			column = at[1];
		}
		StatementException.Location location = new StatementException.Location(script, version, line, column, number,
				count, statement.excerpt(EXCERPT_LENGTH));
		return new StatementException(location, error.getSQLState(), serverMessage(raw), error);
	}

	private static int[] locate(SqlStatement statement, int offset) {
		String sql = statement.sql();
		int line = statement.line();
		int column = statement.column();
		for (int i = 0; i < Math.min(offset, sql.length()); i++) {
			char c = sql.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= sql.length() || sql.charAt(i + 1) != '\n'))) {
				line++;
				column = 1;
			}
			else if (c != '\r') {
				column++;
			}
		}
		return new int[] { line, column };
	}

	/**
	 * PostgreSQL's message of a driver error, without its position and on one line.
	 * @param raw the driver's message
	 * @return the message
	 */
	public static String serverMessage(String raw) {
		String message = POSITION.matcher(raw).replaceAll("");
		if (message.startsWith("ERROR: ")) {
			message = message.substring("ERROR: ".length());
		}
		message = message.replaceAll("\\s*\\n\\s*", "; ").strip();
		return message.endsWith(";") ? message.substring(0, message.length() - 1) : message;
	}

}
