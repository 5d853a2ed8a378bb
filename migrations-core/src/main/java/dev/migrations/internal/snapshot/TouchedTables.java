package dev.migrations.internal.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.MigrationException;
import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * The tables a migration names, read on the lexer's tokens rather than parsed: the name
 * after {@code ALTER TABLE} (and after its {@code RENAME TO}), {@code CREATE TABLE},
 * {@code DROP TABLE}, {@code TRUNCATE}, {@code LOCK}, {@code UPDATE},
 * {@code INSERT INTO}, {@code MERGE INTO}, {@code DELETE FROM}, {@code COPY},
 * {@code REFERENCES} and any {@code ON} (as in {@code CREATE INDEX … ON}). The bodies of
 * dollar-quoted strings ({@code DO $$ … $$}) are read the same way.
 * <p>
 * The result is a superset on purpose: a word that only looks like a table name (after
 * {@code ON CONFLICT}, say) is dropped later, when the database does not know it as a
 * table.
 * <p>
 * Stateless and thread-safe.
 */
public final class TouchedTables {

	private static final SqlLexer LEXER = new SqlLexer();

	private TouchedTables() {
	}

	/**
	 * The table names in some SQL, as written: {@code orders}, {@code public.orders},
	 * {@code "Orders"}.
	 * @param sql the SQL, or {@code null}
	 * @return the names, in order of appearance, without repeats
	 */
	public static Set<String> in(String sql) {
		Set<String> names = new LinkedHashSet<>();
		if (sql != null) {
			collect(sql, names);
		}
		return names;
	}

	private static void collect(String sql, Set<String> names) {
		List<Token> tokens = new ArrayList<>();
		try {
			for (Token token : LEXER.tokenize("verify", sql, 1)) {
				if (!token.isTrivia()) {
					tokens.add(token);
				}
			}
		}
		catch (MigrationException ex) {
			// the engine has split this SQL already; text it cannot lex names no table
			return;
		}
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.kind() == TokenKind.DOLLAR_STRING) {
				collect(body(token.text()), names);
			}
			else {
				int name = nameAfter(tokens, i);
				if (name >= 0) {
					i = addNames(tokens, name, names);
				}
			}
		}
	}

	/**
	 * Where a table name starts after the keyword at an index, or -1 when none does.
	 */
	private static int nameAfter(List<Token> tokens, int i) {
		if (is(tokens, i, "ALTER") && is(tokens, i + 1, "TABLE")) {
			return skip(tokens, i + 2, "IF", "EXISTS", "ONLY");
		}
		if (is(tokens, i, "TABLE") && (is(tokens, i - 1, "CREATE") || is(tokens, i - 1, "UNLOGGED")
				|| is(tokens, i - 1, "TEMP") || is(tokens, i - 1, "TEMPORARY") || is(tokens, i - 1, "DROP"))) {
			return skip(tokens, i + 1, "IF", "NOT", "EXISTS");
		}
		if ((is(tokens, i, "INSERT") || is(tokens, i, "MERGE")) && is(tokens, i + 1, "INTO")) {
			return i + 2;
		}
		if (is(tokens, i, "DELETE") && is(tokens, i + 1, "FROM")) {
			return skip(tokens, i + 2, "ONLY");
		}
		if (is(tokens, i, "RENAME") && is(tokens, i + 1, "TO")) {
			return i + 2;
		}
		if (is(tokens, i, "UPDATE") || is(tokens, i, "TRUNCATE") || is(tokens, i, "LOCK") || is(tokens, i, "ON")
				|| is(tokens, i, "REFERENCES") || is(tokens, i, "COPY")) {
			return skip(tokens, i + 1, "TABLE", "ONLY");
		}
		return -1;
	}

	/**
	 * Adds the name at an index, and those after it in a comma-separated list (as in
	 * {@code DROP TABLE a, b}); returns the index of the last token read.
	 */
	private static int addNames(List<Token> tokens, int start, Set<String> names) {
		int i = start;
		while (true) {
			StringBuilder name = new StringBuilder();
			int parts = 0;
			while (isIdentifier(tokens, i)) {
				name.append(tokens.get(i).text());
				parts++;
				if (!isPunctuation(tokens, i + 1, ".")) {
					break;
				}
				name.append('.');
				i += 2;
			}
			// one or two parts: a longer name would name another database
			if (parts == 0 || parts > 2) {
				return Math.max(start - 1, i);
			}
			names.add(name.toString());
			if (!isPunctuation(tokens, i + 1, ",")) {
				return i;
			}
			i += 2;
		}
	}

	private static String body(String dollarQuoted) {
		String tag = dollarQuoted.substring(0, dollarQuoted.indexOf('$', 1) + 1);
		return dollarQuoted.substring(tag.length(), dollarQuoted.length() - tag.length());
	}

	private static int skip(List<Token> tokens, int from, String... words) {
		int i = from;
		while (anyOf(tokens, i, words)) {
			i++;
		}
		return i;
	}

	private static boolean anyOf(List<Token> tokens, int i, String... words) {
		for (String word : words) {
			if (is(tokens, i, word)) {
				return true;
			}
		}
		return false;
	}

	private static boolean is(List<Token> tokens, int i, String word) {
		return i >= 0 && i < tokens.size() && tokens.get(i).isWord(word);
	}

	private static boolean isIdentifier(List<Token> tokens, int i) {
		return i < tokens.size()
				&& (tokens.get(i).kind() == TokenKind.WORD || tokens.get(i).kind() == TokenKind.QUOTED_IDENTIFIER);
	}

	private static boolean isPunctuation(List<Token> tokens, int i, String text) {
		return i < tokens.size() && tokens.get(i).kind() == TokenKind.PUNCTUATION && tokens.get(i).text().equals(text);
	}

}
