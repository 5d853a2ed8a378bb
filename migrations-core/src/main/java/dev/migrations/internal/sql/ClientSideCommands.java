package dev.migrations.internal.sql;

import java.util.List;
import java.util.Locale;

import dev.migrations.ScriptException;

/**
 * The errors for what only psql can run: its backslash meta-commands, and
 * {@code COPY … FROM STDIN}, whose rows psql sends from the lines that follow. A
 * migration goes to the server through JDBC, one statement at a time, so neither can
 * work; both are reported before anything runs.
 * <p>
 * This class is stateless and thread-safe.
 */
final class ClientSideCommands {

	private ClientSideCommands() {
	}

	/**
	 * The error for a psql meta-command.
	 * @param script the file name
	 * @param command the {@link TokenKind#META_COMMAND} token
	 * @return the exception to throw, located at the backslash
	 */
	static ScriptException metaCommand(String script, Token command) {
		String name = commandName(command.text());
		return new ScriptException(ScriptException.Kind.UNSUPPORTED, script, command.line(), command.column(),
				"psql meta-command " + name
						+ " is not supported in a migration: migrations run through JDBC, not psql; " + hint(name));
	}

	private static String commandName(String text) {
		int end = 1;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		// \! or \? and the like: the command is the one character after the backslash
		if (end == 1 && text.length() > 1 && !Character.isWhitespace(text.charAt(1))) {
			end = 2;
		}
		return text.substring(0, end);
	}

	private static String hint(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "\\copy" -> "load the data with INSERT, or with COPY FROM a file on the database server";
			case "\\i", "\\ir", "\\include", "\\include_relative" ->
				"put the included SQL in this file or in a migration of its own";
			case "\\set", "\\unset", "\\gset" -> "psql variables do not exist here, so write the values in the SQL";
			case "\\c", "\\connect" -> "a migration runs against the database it is configured for";
			default -> "write plain SQL that the server runs by itself";
		};
	}

	/**
	 * Rejects {@code COPY … FROM STDIN} (in any case), whose data a migration has no way
	 * to send. A {@code FROM STDIN} inside parentheses, as in the query of
	 * {@code COPY (SELECT … FROM stdin) TO …}, reads a table and is fine.
	 * @param script the file name
	 * @param tokens the significant tokens of a statement
	 * @throws ScriptException at the statement's first token if it is
	 * {@code COPY … FROM STDIN}
	 */
	static void rejectCopyFromStdin(String script, List<Token> tokens) {
		if (tokens.isEmpty() || !tokens.get(0).isWord("COPY")) {
			return;
		}
		int depth = 0;
		for (int i = 1; i < tokens.size() - 1; i++) {
			Token token = tokens.get(i);
			if (token.kind() == TokenKind.LEFT_PAREN || token.kind() == TokenKind.RIGHT_PAREN) {
				depth += (token.kind() == TokenKind.LEFT_PAREN) ? 1 : -1;
			}
			else if (depth == 0 && token.isWord("FROM") && tokens.get(i + 1).isWord("STDIN")) {
				Token copy = tokens.get(0);
				throw new ScriptException(ScriptException.Kind.UNSUPPORTED, script, copy.line(), copy.column(),
						"COPY … FROM STDIN is not supported in a migration: the rows would have to come from the"
								+ " client, and a migration runs through JDBC with no client data to send; load the"
								+ " data with INSERT, or with COPY FROM a file on the database server");
			}
		}
	}

}
