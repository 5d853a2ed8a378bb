package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns SQL text into {@link Token tokens} following PostgreSQL's lexical rules: string
 * constants in all their forms ({@code '…'} with {@code ''}, {@code E'…'} with backslash
 * escapes, {@code U&'…'}, {@code B'…'}, {@code X'…'}, {@code N'…'}), quoted identifiers
 * ({@code "…"}, {@code U&"…"}), dollar quotes ({@code $$…$$}, {@code $tag$…$tag$}),
 * positional parameters ({@code $1}), {@code --} comments, nesting
 * {@code /* … *}{@code /} comments, numbers, operators and punctuation. A backslash
 * outside quotes and comments starts a {@link TokenKind#META_COMMAND psql meta-command},
 * which is returned as a token for the caller to reject.
 * <p>
 * Strings follow {@code standard_conforming_strings = on}, PostgreSQL's default since
 * 9.1: a backslash in {@code '…'} is an ordinary character. Every character is in exactly
 * one token, so the texts of the tokens put together give the input back. Keywords are
 * not told apart from identifiers: both are {@link TokenKind#WORD words}.
 * <p>
 * Each pass over a text is a {@link LexEvent} for the JDK Flight Recorder.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class SqlLexer {

	/**
	 * Splits text into tokens.
	 * @param script the file name, used in error messages
	 * @param text the text to lex
	 * @param firstLine the 1-based line of the file where the text begins (the text is
	 * taken to begin at column 1)
	 * @return the tokens, in order, covering the whole text; an unmodifiable list
	 * @throws dev.migrations.ScriptException if a quoted string, quoted identifier,
	 * dollar quote or block comment is never closed; its line and column are those of the
	 * opener
	 * @throws NullPointerException if script or text is null
	 * @throws IllegalArgumentException if firstLine is less than 1
	 */
	public List<Token> tokenize(String script, String text, int firstLine) {
		TokenScanner scanner = scanner(script, text, firstLine);
		List<Token> tokens = new ArrayList<>();
		for (Token token = scanner.next(); token != null; token = scanner.next()) {
			tokens.add(token);
		}
		return List.copyOf(tokens);
	}

	/**
	 * Starts a pass over a text that returns its tokens one at a time, so that a caller
	 * can stop at the first problem in file order.
	 * @param script the file name, used in error messages
	 * @param text the text to lex
	 * @param firstLine the 1-based line of the file where the text begins
	 * @return a scanner positioned at the start of the text
	 */
	TokenScanner scanner(String script, String text, int firstLine) {
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(text, "text");
		if (firstLine < 1) {
			throw new IllegalArgumentException("firstLine is 1-based, got " + firstLine);
		}
		LexEvent.lexed(script, firstLine, text.length());
		return new TokenScanner(new SourceText(script, text, firstLine));
	}

}
