package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a migration section, as cut by {@link StatementSplitter}.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param sql the text from the statement's first token up to, not including, its
 * terminating semicolon: comments and whitespace before the first token are left out,
 * whitespace at the end is trimmed, and comments inside (or at the end) are kept as
 * written
 * @param line the 1-based line of the file where the statement's first character is
 * @param column the 1-based column of that character, counted in characters (a tab is
 * one)
 * @param startOffset the offset of the first character in the text that was split
 * @param endOffset the offset just after the last character of {@code sql} in that text
 */
public record SqlStatement(String sql, int line, int column, int startOffset, int endOffset) {

	private static final String SOURCE = "SQL statement";

	/**
	 * Validates the statement.
	 * @param sql the statement text
	 * @param line the 1-based line of its first character
	 * @param column the 1-based column of its first character
	 * @param startOffset the offset of its first character
	 * @param endOffset the offset just after its last character
	 * @throws NullPointerException if sql is null
	 * @throws IllegalArgumentException if sql is blank, line or column is less than 1,
	 * startOffset is negative, or the offsets do not span exactly {@code sql.length()}
	 * characters
	 */
	public SqlStatement {
		Objects.requireNonNull(sql, "sql");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("A statement must not be blank");
		}
		if (line < 1 || column < 1) {
			throw new IllegalArgumentException("Statement positions are 1-based, got " + line + ":" + column);
		}
		if (startOffset < 0 || endOffset - startOffset != sql.length()) {
			throw new IllegalArgumentException("Offsets " + startOffset + " to " + endOffset + " do not span the "
					+ sql.length() + " characters of the statement");
		}
	}

	/**
	 * The statement on one line, for messages: every run of whitespace (line breaks
	 * included) becomes one space, and a statement longer than {@code max} characters is
	 * cut and ends with {@code …}.
	 * @param max the greatest length of the result, the {@code …} included
	 * @return the excerpt, never longer than max
	 * @throws IllegalArgumentException if max is less than 1
	 */
	public String excerpt(int max) {
		if (max < 1) {
			throw new IllegalArgumentException("An excerpt needs at least one character, got " + max);
		}
		StringBuilder folded = new StringBuilder(this.sql.length());
		for (int i = 0; i < this.sql.length(); i++) {
			char c = this.sql.charAt(i);
			if (!Character.isWhitespace(c)) {
				folded.append(c);
			}
			else if (folded.length() > 0 && folded.charAt(folded.length() - 1) != ' ') {
				folded.append(' ');
			}
		}
		String oneLine = folded.toString().strip();
		if (oneLine.length() <= max) {
			return oneLine;
		}
		int cut = max - 1;
		// Never leave half of a surrogate pair before the ellipsis
		if (cut > 0 && Character.isHighSurrogate(oneLine.charAt(cut - 1))) {
			cut--;
		}
		return oneLine.substring(0, cut).stripTrailing() + "…";
	}

	/**
	 * The words the statement starts with, upper-cased, such as
	 * {@code [CREATE, UNIQUE, INDEX,
	 * CONCURRENTLY]}. Comments and whitespace are skipped; the list ends at the first
	 * token that is not an unquoted word (a quoted identifier or string, a parenthesis,
	 * an operator…), so the contents of quotes never appear in it.
	 * @param n the most words to return
	 * @return at most n words; an unmodifiable list
	 * @throws IllegalArgumentException if n is negative
	 * @throws dev.migrations.ScriptException if the text is not lexically valid, which
	 * never happens for a statement from {@link StatementSplitter}
	 */
	public List<String> leadingKeywords(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("The number of keywords must not be negative, got " + n);
		}
		List<String> words = new ArrayList<>();
		for (Token token : significantTokens()) {
			if (words.size() == n || token.kind() != TokenKind.WORD) {
				break;
			}
			words.add(token.upperCaseText());
		}
		return List.copyOf(words);
	}

	/**
	 * The tokens of the statement that are neither comments nor whitespace. Their
	 * offsets, lines and columns are relative to the statement text, not to the file.
	 * @return the tokens, in order
	 */
	List<Token> significantTokens() {
		return new SqlLexer().tokenize(SOURCE, this.sql, 1).stream().filter((token) -> !token.isTrivia()).toList();
	}

}
