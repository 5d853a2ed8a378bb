package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.ScriptException;

/**
 * Splits the SQL of a migration section into statements the way psql does, on the tokens
 * of {@link SqlLexer}: a semicolon ends a statement unless it is inside quotes of any
 * kind, a comment, parentheses, or the {@code BEGIN ATOMIC … END} body of a SQL-standard
 * function or procedure. Outside such a body, {@code BEGIN;} and {@code END;} are
 * ordinary statements. The last statement needs no semicolon, empty statements
 * ({@code ;;}) are skipped, and text with nothing but comments and whitespace has no
 * statements.
 * <p>
 * What only psql can run is refused, as a migration is sent through JDBC: backslash
 * meta-commands (anywhere outside quotes and comments, as psql reads them there too; the
 * server accepts a backslash nowhere) and {@code COPY … FROM STDIN}.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class StatementSplitter {

	private final SqlLexer lexer = new SqlLexer();

	/**
	 * Splits text into statements. Problems are reported in file order: the text is read
	 * no further than the first one.
	 * @param script the file name, used in error messages
	 * @param text the text of the section
	 * @param firstLine the 1-based line of the file where the text begins (at column 1)
	 * @return the statements, in order; an unmodifiable list, empty if the text holds
	 * only comments and whitespace
	 * @throws ScriptException with the file's line and column of the opener, for a quoted
	 * string ({@code '…'}, {@code E'…'}, {@code U&'…'}, {@code B'…'}, {@code X'…'},
	 * {@code N'…'}), quoted identifier, dollar quote or block comment that is never
	 * closed; at the backslash, for a psql meta-command such as {@code \copy}, {@code \i}
	 * or {@code \set}; at the statement, for {@code COPY … FROM STDIN}
	 * @throws NullPointerException if script or text is null
	 * @throws IllegalArgumentException if firstLine is less than 1
	 */
	public List<SqlStatement> split(String script, String text, int firstLine) {
		TokenScanner scanner = this.lexer.scanner(script, text, firstLine);
		List<SqlStatement> statements = new ArrayList<>();
		PendingStatement pending = new PendingStatement();
		for (Token token = scanner.next(); token != null; token = scanner.next()) {
			if (token.kind() == TokenKind.META_COMMAND) {
				throw ClientSideCommands.metaCommand(script, token);
			}
			if (pending.add(token)) {
				complete(script, text, pending, statements);
				pending = new PendingStatement();
			}
		}
		complete(script, text, pending, statements);
		return List.copyOf(statements);
	}

	private static void complete(String script, String text, PendingStatement pending, List<SqlStatement> statements) {
		if (!pending.isEmpty()) {
			// Checked as soon as the statement ends, before its data lines would be lexed
			// as SQL
			ClientSideCommands.rejectCopyFromStdin(script, pending.significantTokens());
			statements.add(pending.toStatement(text));
		}
	}

}
