package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * A position in the significant tokens (no comments, no whitespace) of one statement,
 * with the look-ups a statement reader needs. Words match on tokens, so the same letters
 * in a string, a quoted identifier or a comment never match. Reading past the end is
 * never an error: the cursor then reports no token.
 * <p>
 * Not thread-safe: a cursor is used by one reader at a time.
 */
final class TokenCursor {

	private final List<Token> tokens;

	private int position;

	TokenCursor(List<Token> tokens) {
		this.tokens = tokens;
	}

	boolean atEnd() {
		return this.position >= this.tokens.size();
	}

	Token peek() {
		return peek(0);
	}

	Token peek(int ahead) {
		int index = this.position + ahead;
		return (index >= 0 && index < this.tokens.size()) ? this.tokens.get(index) : null;
	}

	/**
	 * The current token, or the last one at the end (for positions in messages); null if
	 * none.
	 */
	Token here() {
		return atEnd() ? (this.tokens.isEmpty() ? null : this.tokens.get(this.tokens.size() - 1)) : peek();
	}

	Token next() {
		Token token = peek();
		if (token != null) {
			this.position++;
		}
		return token;
	}

	boolean isWord(String... words) {
		return isWordAt(0, words);
	}

	boolean isWordAt(int ahead, String... words) {
		Token token = peek(ahead);
		if (token == null) {
			return false;
		}
		for (String word : words) {
			if (token.isWord(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Consumes a run of words if all of them are next.
	 * @param sequence the words, in order
	 * @return whether they were there (and consumed)
	 */
	boolean accept(String... sequence) {
		for (int k = 0; k < sequence.length; k++) {
			if (!isWordAt(k, sequence[k])) {
				return false;
			}
		}
		this.position += sequence.length;
		return true;
	}

	boolean is(TokenKind kind) {
		Token token = peek();
		return token != null && token.kind() == kind;
	}

	boolean isText(String text) {
		Token token = peek();
		return token != null && token.kind() != TokenKind.STRING && token.text().equals(text);
	}

	boolean acceptText(String text) {
		if (isText(text)) {
			this.position++;
			return true;
		}
		return false;
	}

	/** Skips one token, or a whole parenthesized group when one starts here. */
	void skip() {
		if (is(TokenKind.LEFT_PAREN)) {
			group();
		}
		else {
			next();
		}
	}

	/**
	 * The inside of the parenthesized group that starts here, the cursor moved past it.
	 * @return a cursor over the group's inside, empty if no group starts here
	 */
	TokenCursor group() {
		if (!is(TokenKind.LEFT_PAREN)) {
			return new TokenCursor(List.of());
		}
		int start = this.position + 1;
		int depth = 0;
		while (!atEnd()) {
			TokenKind kind = next().kind();
			depth += (kind == TokenKind.LEFT_PAREN) ? 1 : (kind == TokenKind.RIGHT_PAREN) ? -1 : 0;
			if (depth == 0) {
				return new TokenCursor(this.tokens.subList(start, this.position - 1));
			}
		}
		return new TokenCursor(this.tokens.subList(start, this.position));
	}

	/**
	 * The rest of the tokens cut at commas outside parentheses and brackets.
	 * @return one cursor per part; none for an empty rest
	 */
	List<TokenCursor> splitOnCommas() {
		List<TokenCursor> parts = new ArrayList<>();
		int depth = 0;
		int start = this.position;
		for (int i = this.position; i < this.tokens.size(); i++) {
			Token token = this.tokens.get(i);
			depth += opens(token) ? 1 : closes(token) ? -1 : 0;
			if (depth == 0 && token.kind() == TokenKind.PUNCTUATION && token.text().equals(",")) {
				parts.add(new TokenCursor(this.tokens.subList(start, i)));
				start = i + 1;
			}
		}
		if (start < this.tokens.size()) {
			parts.add(new TokenCursor(this.tokens.subList(start, this.tokens.size())));
		}
		this.position = this.tokens.size();
		return parts;
	}

	/**
	 * Moves to the first occurrence of a word outside parentheses, or to the end.
	 * @param words the words, any of which stops the cursor
	 * @return whether one was found
	 */
	boolean seek(String... words) {
		while (!atEnd()) {
			if (isWord(words)) {
				return true;
			}
			skip();
		}
		return false;
	}

	/**
	 * The tokens from here up to (not including) the first of some words outside
	 * parentheses.
	 */
	TokenCursor until(String... words) {
		int start = this.position;
		seek(words);
		return new TokenCursor(this.tokens.subList(start, this.position));
	}

	/**
	 * The value of a boolean option whose name was just read, as in
	 * {@code (CONCURRENTLY false)} or {@code (FULL)}: PostgreSQL takes no value as true,
	 * and {@code false}, {@code off} and {@code 0} (quoted or not) as false. Any other
	 * value counts as true, the reading that never runs a statement where PostgreSQL
	 * would refuse it.
	 * @return whether the option is on
	 */
	boolean optionValue() {
		if (atEnd()) {
			return true;
		}
		String value = peek().text();
		if (peek().kind() == TokenKind.STRING && value.length() >= 2 && value.startsWith("'")) {
			value = value.substring(1, value.length() - 1);
		}
		return !(value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off") || value.equals("0"));
	}

	boolean containsWord(String word) {
		for (int i = this.position; i < this.tokens.size(); i++) {
			if (this.tokens.get(i).isWord(word)) {
				return true;
			}
		}
		return false;
	}

	List<Token> rest() {
		return this.tokens.subList(Math.min(this.position, this.tokens.size()), this.tokens.size());
	}

	boolean isIdentifier() {
		return is(TokenKind.WORD) || is(TokenKind.QUOTED_IDENTIFIER);
	}

	/**
	 * Consumes an identifier.
	 * @return its name (unquoted words folded to lower case, quoted ones kept), or null
	 * when no identifier is next
	 */
	String identifier() {
		return isIdentifier() ? name(next()) : null;
	}

	/**
	 * Consumes a possibly qualified name such as {@code orders}, {@code public.orders} or
	 * {@code db.public.orders}.
	 * @return the name, or null when no identifier is next
	 */
	TableName tableName() {
		String first = identifier();
		if (first == null) {
			return null;
		}
		List<String> parts = new ArrayList<>(List.of(first));
		while (isText(".") && peek(1) != null
				&& (peek(1).kind() == TokenKind.WORD || peek(1).kind() == TokenKind.QUOTED_IDENTIFIER)) {
			next();
			parts.add(identifier());
		}
		return (parts.size() == 1) ? new TableName(null, first)
				: new TableName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
	}

	/**
	 * A comma-separated list of names, such as the tables of {@code DROP TABLE a, b}.
	 * @return the names; stops at the first token that is neither a name nor a comma
	 */
	List<TableName> tableNames() {
		List<TableName> names = new ArrayList<>();
		for (TableName name = tableName(); name != null; name = acceptText(",") ? tableName() : null) {
			names.add(name);
		}
		return names;
	}

	/**
	 * The name an identifier token stands for.
	 * @param token a word or quoted identifier
	 * @return unquoted words folded to lower case (ASCII letters only, as PostgreSQL
	 * does), quoted ones without their quotes
	 */
	static String name(Token token) {
		String text = token.text();
		if (token.kind() == TokenKind.QUOTED_IDENTIFIER) {
			int open = text.indexOf('"');
			return text.substring(open + 1, text.length() - 1).replace("\"\"", "\"");
		}
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			folded.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
		}
		return folded.toString();
	}

	private static boolean opens(Token token) {
		return token.kind() == TokenKind.LEFT_PAREN
				|| (token.kind() == TokenKind.PUNCTUATION && token.text().equals("["));
	}

	private static boolean closes(Token token) {
		return token.kind() == TokenKind.RIGHT_PAREN
				|| (token.kind() == TokenKind.PUNCTUATION && token.text().equals("]"));
	}

}
