package dev.migrations.internal.sql;

import java.util.Objects;

/**
 * One token of SQL text, as produced by {@link SqlLexer}. The text is exactly the
 * characters between the offsets, so the texts of all tokens of a text, in order, give
 * that text back.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param kind what the token is
 * @param text the characters of the token, quotes, prefixes and comment markers included
 * @param startOffset the offset of the first character in the lexed text
 * @param endOffset the offset just after the last character in the lexed text
 * @param line the 1-based line of the first character in the file
 * @param column the 1-based column of the first character, counted in characters (a tab
 * is one)
 */
public record Token(TokenKind kind, String text, int startOffset, int endOffset, int line, int column) {

	/**
	 * Validates the token.
	 * @param kind what the token is
	 * @param text the characters of the token
	 * @param startOffset the offset of the first character
	 * @param endOffset the offset just after the last character
	 * @param line the 1-based line of the first character
	 * @param column the 1-based column of the first character
	 * @throws NullPointerException if kind or text is null
	 * @throws IllegalArgumentException if the text is empty, the offsets do not span it,
	 * or the line or column is not positive
	 */
	public Token {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(text, "text");
		if (text.isEmpty() || startOffset < 0 || endOffset - startOffset != text.length()) {
			throw new IllegalArgumentException(
					"Token '" + text + "' does not span offsets " + startOffset + " to " + endOffset);
		}
		if (line < 1 || column < 1) {
			throw new IllegalArgumentException("Token positions are 1-based, got " + line + ":" + column);
		}
	}

	/**
	 * Whether this token is a comment or whitespace, which never changes what a statement
	 * means.
	 * @return {@code true} for {@link TokenKind#COMMENT} and {@link TokenKind#WHITESPACE}
	 */
	public boolean isTrivia() {
		return this.kind == TokenKind.COMMENT || this.kind == TokenKind.WHITESPACE;
	}

	/**
	 * Whether this token is the given unquoted word. Only ASCII letters are compared
	 * without regard to case, as PostgreSQL folds only those in unquoted identifiers and
	 * keywords.
	 * @param word the word to compare with, such as {@code "CONCURRENTLY"}
	 * @return {@code true} if this is a {@link TokenKind#WORD} equal to it
	 */
	public boolean isWord(String word) {
		if (this.kind != TokenKind.WORD || this.text.length() != word.length()) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (upper(this.text.charAt(i)) != upper(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The text with its ASCII letters upper-cased, the way keywords are usually written.
	 * Other characters, including non-ASCII letters, are kept, as PostgreSQL does not
	 * fold them.
	 * @return the upper-cased text
	 */
	public String upperCaseText() {
		StringBuilder upper = new StringBuilder(this.text.length());
		for (int i = 0; i < this.text.length(); i++) {
			upper.append(upper(this.text.charAt(i)));
		}
		return upper.toString();
	}

	private static char upper(char c) {
		return (c >= 'a' && c <= 'z') ? (char) (c - ('a' - 'A')) : c;
	}

}
