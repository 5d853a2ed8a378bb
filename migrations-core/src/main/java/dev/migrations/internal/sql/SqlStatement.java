package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a migration section, as cut by {@link StatementSplitter}, with the
 * tokens the splitter read it as: what a statement is gets worked out from these tokens
 * (see {@code dev.migrations.internal.sql.ddl.StatementClassifier}), never by lexing the
 * text again.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class SqlStatement {

	private final String sql;

	private final int line;

	private final int column;

	private final int startOffset;

	private final int endOffset;

	/**
	 * The tokens, five ints each (kind, start offset, end offset, line, column): what a
	 * token is, kept at a fraction of the memory of Token objects, which are made again
	 * from it and the text when asked for.
	 */
	private final int[] tokens;

	private static final int FIELDS = 5;

	private static final TokenKind[] KINDS = TokenKind.values();

	/**
	 * A statement that the splitter read.
	 * @param sql the text from the statement's first token up to, not including, its
	 * terminating semicolon: comments and whitespace before the first token are left out,
	 * whitespace at the end is trimmed, and comments inside (or at the end) are kept as
	 * written
	 * @param line the 1-based line of the file where the statement's first character is
	 * @param column the 1-based column of that character, counted in characters (a tab is
	 * one)
	 * @param startOffset the offset of the first character in the text that was split
	 * @param tokens the tokens of {@code sql} but whitespace (comments included), with
	 * their lines and columns in the file and their offsets in the text that was split
	 * @throws NullPointerException if sql or tokens is null
	 * @throws IllegalArgumentException if sql is blank, line or column is less than 1,
	 * startOffset is negative, or the tokens do not cover sql exactly
	 */
	public SqlStatement(String sql, int line, int column, int startOffset, List<Token> tokens) {
		Objects.requireNonNull(sql, "sql");
		Objects.requireNonNull(tokens, "tokens");
		if (sql.isBlank()) {
			throw new IllegalArgumentException("A statement must not be blank");
		}
		if (line < 1 || column < 1) {
			throw new IllegalArgumentException("Statement positions are 1-based, got " + line + ":" + column);
		}
		if (startOffset < 0) {
			throw new IllegalArgumentException("Offsets are not negative, got " + startOffset);
		}
		int end = startOffset + sql.length();
		if (tokens.isEmpty() || tokens.get(0).startOffset() != startOffset
				|| tokens.get(tokens.size() - 1).endOffset() != end || tokens.get(0).isTrivia()) {
			throw new IllegalArgumentException("The tokens do not cover offsets " + startOffset + " to " + end);
		}
		this.sql = sql;
		this.line = line;
		this.column = column;
		this.startOffset = startOffset;
		this.endOffset = end;
		this.tokens = pack(tokens);
	}

	private static int[] pack(List<Token> tokens) {
		int[] packed = new int[tokens.size() * FIELDS];
		int i = 0;
		for (Token token : tokens) {
			packed[i++] = token.kind().ordinal();
			packed[i++] = token.startOffset();
			packed[i++] = token.endOffset();
			packed[i++] = token.line();
			packed[i++] = token.column();
		}
		return packed;
	}

	/**
	 * A statement that no splitter read, such as one written in a test: its text is lexed
	 * here, once.
	 * @param sql the statement text
	 * @param line the 1-based line of its first character
	 * @param column the 1-based column of its first character
	 * @param startOffset the offset of its first character
	 * @param endOffset the offset just after its last character
	 * @throws NullPointerException if sql is null
	 * @throws IllegalArgumentException if sql is blank, line or column is less than 1,
	 * startOffset is negative, or the offsets do not span exactly {@code sql.length()}
	 * characters
	 * @throws dev.migrations.ScriptException if the text is not lexically valid
	 */
	public SqlStatement(String sql, int line, int column, int startOffset, int endOffset) {
		this(Objects.requireNonNull(sql, "sql"), line, column, checkedStart(sql, startOffset, endOffset),
				lexed(sql, line, column, startOffset));
	}

	private static int checkedStart(String sql, int startOffset, int endOffset) {
		if (sql.isBlank()) {
			throw new IllegalArgumentException("A statement must not be blank");
		}
		if (startOffset < 0 || endOffset - startOffset != sql.length()) {
			throw new IllegalArgumentException("Offsets " + startOffset + " to " + endOffset + " do not span the "
					+ sql.length() + " characters of the statement");
		}
		return startOffset;
	}

	private static List<Token> lexed(String sql, int line, int column, int startOffset) {
		if (line < 1 || column < 1) {
			throw new IllegalArgumentException("Statement positions are 1-based, got " + line + ":" + column);
		}
		List<Token> tokens = new ArrayList<>();
		for (Token token : new SqlLexer().tokenize("SQL statement", sql, line)) {
			if (token.kind() == TokenKind.WHITESPACE) {
				continue;
			}
			int shift = (token.line() == line) ? column - 1 : 0;
			tokens.add(new Token(token.kind(), token.text(), token.startOffset() + startOffset,
					token.endOffset() + startOffset, token.line(), token.column() + shift));
		}
		return tokens;
	}

	/**
	 * The statement's text, comments inside included.
	 * @return the text, from its first token to its last
	 */
	public String sql() {
		return this.sql;
	}

	/**
	 * Where the statement starts.
	 * @return the 1-based line in the file
	 */
	public int line() {
		return this.line;
	}

	/**
	 * Where the statement starts on its line.
	 * @return the 1-based column, counted in characters
	 */
	public int column() {
		return this.column;
	}

	/**
	 * Where the statement starts in the text that was split.
	 * @return the offset of its first character
	 */
	public int startOffset() {
		return this.startOffset;
	}

	/**
	 * Where the statement ends in the text that was split.
	 * @return the offset just after its last character
	 */
	public int endOffset() {
		return this.endOffset;
	}

	/**
	 * The tokens of the statement but whitespace: comments inside are included. Lines and
	 * columns are the file's; offsets are those of the text that was split (subtract
	 * {@link #startOffset()} for an offset in {@link #sql()}).
	 * @return the tokens, in order, made on each call from what was kept
	 */
	public List<Token> tokens() {
		return unpack(false);
	}

	/**
	 * The tokens that are neither comments nor whitespace, positioned as
	 * {@link #tokens()}.
	 * @return the tokens, in order, made on each call from what was kept
	 */
	public List<Token> significantTokens() {
		return unpack(true);
	}

	private List<Token> unpack(boolean significantOnly) {
		List<Token> unpacked = new ArrayList<>(this.tokens.length / FIELDS);
		for (int i = 0; i < this.tokens.length; i += FIELDS) {
			TokenKind kind = KINDS[this.tokens[i]];
			if (significantOnly && kind == TokenKind.COMMENT) {
				continue;
			}
			int start = this.tokens[i + 1];
			int end = this.tokens[i + 2];
			unpacked.add(new Token(kind, this.sql.substring(start - this.startOffset, end - this.startOffset), start,
					end, this.tokens[i + 3], this.tokens[i + 4]));
		}
		return unpacked;
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

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof SqlStatement other) && this.sql.equals(other.sql) && this.line == other.line
				&& this.column == other.column && this.startOffset == other.startOffset;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.sql, this.line, this.column, this.startOffset);
	}

	@Override
	public String toString() {
		return this.line + ":" + this.column + ": " + excerpt(60);
	}

}
