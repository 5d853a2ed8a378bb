package dev.migrations.internal.sql;

/**
 * What a {@link Token} is. The kinds follow PostgreSQL's lexer closely enough for
 * splitting and keyword checks; they do not distinguish keywords from identifiers, which
 * only the grammar can do.
 */
public enum TokenKind {

	/**
	 * An unquoted keyword or identifier, such as {@code CREATE}, {@code users} or
	 * {@code a$b}.
	 */
	WORD,

	/**
	 * A quoted identifier, {@code "…"} or {@code U&"…"}, quotes included.
	 */
	QUOTED_IDENTIFIER,

	/**
	 * A string constant, {@code '…'}, {@code E'…'}, {@code U&'…'}, {@code B'…'},
	 * {@code X'…'} or {@code N'…'}, prefix and quotes included. A {@code UESCAPE} clause
	 * is separate tokens.
	 */
	STRING,

	/**
	 * A dollar-quoted string, {@code $$…$$} or {@code $tag$…$tag$}, delimiters included.
	 */
	DOLLAR_STRING,

	/**
	 * A numeric constant: integer (decimal, {@code 0x}, {@code 0o} or {@code 0b}),
	 * decimal or exponent form.
	 */
	NUMBER,

	/**
	 * A positional parameter such as {@code $1}.
	 */
	PARAMETER,

	/**
	 * An operator made of operator characters, such as {@code =}, {@code <>}, {@code ->>}
	 * or {@code +}.
	 */
	OPERATOR,

	/**
	 * Punctuation such as {@code ,}, {@code .}, {@code [}, {@code ]}, {@code ::},
	 * {@code :=}, or any single character that PostgreSQL does not accept outside quotes.
	 */
	PUNCTUATION,

	/**
	 * An opening parenthesis.
	 */
	LEFT_PAREN,

	/**
	 * A closing parenthesis.
	 */
	RIGHT_PAREN,

	/**
	 * A semicolon.
	 */
	SEMICOLON,

	/**
	 * A {@code --} comment (without the line break that ends it) or a
	 * {@code /* … *}{@code /} comment, nested comments included.
	 */
	COMMENT,

	/**
	 * A run of spaces, tabs, line breaks, form feeds and vertical tabs.
	 */
	WHITESPACE,

	/**
	 * A psql meta-command: a backslash outside quotes and comments, up to the end of its
	 * line. The server never accepts one.
	 */
	META_COMMAND

}
