package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The statement being read by {@link StatementSplitter}: where it starts and ends, its
 * significant tokens, and what psql tracks to decide whether a semicolon ends it.
 * <p>
 * A semicolon ends a statement only outside parentheses (so the several actions of
 * {@code CREATE RULE … DO (…; …)} stay together) and outside the body of a SQL-standard
 * routine. The body is found the way psql 14 and later find it, without a parser: in a
 * statement that starts with {@code CREATE [OR REPLACE] FUNCTION} or {@code PROCEDURE},
 * outside parentheses, {@code BEGIN} opens a block, {@code CASE} opens one only inside a
 * block (as it too closes with {@code END}), and {@code END} closes one. Anywhere else
 * {@code BEGIN} and {@code END} are ordinary words, so {@code BEGIN;} is a statement of
 * its own.
 * <p>
 * Not thread-safe: an instance serves one statement.
 */
final class PendingStatement {

	private static final int HEADER_WORDS = 4;

	private final List<Token> tokens = new ArrayList<>();

	private final List<Token> significant = new ArrayList<>();

	private final List<Token> headerWords = new ArrayList<>(HEADER_WORDS);

	private Token first;

	private int endOffset;

	private int parenDepth;

	private int blockDepth;

	/**
	 * Adds the next token of the text.
	 * @param token the token
	 * @return {@code true} if the token is a semicolon that ends the statement (and is
	 * not part of it)
	 */
	boolean add(Token token) {
		TokenKind kind = token.kind();
		if (kind == TokenKind.SEMICOLON && this.parenDepth == 0 && this.blockDepth == 0) {
			return true;
		}
		if ((kind == TokenKind.WHITESPACE || kind == TokenKind.COMMENT) && this.first == null) {
			// Leading comments and whitespace are not part of the statement (nor trailing
			// whitespace, cut off when it is built)
			return false;
		}
		if (this.first == null) {
			this.first = token;
		}
		if (kind == TokenKind.WHITESPACE) {
			return false;
		}
		this.tokens.add(token);
		this.endOffset = token.endOffset();
		if (kind != TokenKind.COMMENT) {
			this.significant.add(token);
			track(token);
		}
		return false;
	}

	private void track(Token token) {
		switch (token.kind()) {
			case LEFT_PAREN -> this.parenDepth++;
			case RIGHT_PAREN -> this.parenDepth = Math.max(0, this.parenDepth - 1);
			case WORD -> trackWord(token);
			default -> {
			}
		}
	}

	private void trackWord(Token word) {
		if (this.headerWords.size() < HEADER_WORDS) {
			this.headerWords.add(word);
		}
		if (this.parenDepth > 0 || !isRoutineDefinition()) {
			return;
		}
		if (word.isWord("BEGIN") || (word.isWord("CASE") && this.blockDepth > 0)) {
			this.blockDepth++;
		}
		else if (word.isWord("END") && this.blockDepth > 0) {
			this.blockDepth--;
		}
	}

	private boolean isRoutineDefinition() {
		if (!isHeaderWord(0, "CREATE")) {
			return false;
		}
		int kind = (isHeaderWord(1, "OR") && isHeaderWord(2, "REPLACE")) ? 3 : 1;
		return isHeaderWord(kind, "FUNCTION") || isHeaderWord(kind, "PROCEDURE");
	}

	private boolean isHeaderWord(int index, String word) {
		return index < this.headerWords.size() && this.headerWords.get(index).isWord(word);
	}

	/**
	 * Whether no token other than comments and whitespace has been added.
	 * @return {@code true} if there is no statement yet
	 */
	boolean isEmpty() {
		return this.first == null;
	}

	/**
	 * The significant tokens added so far, comments and whitespace left out.
	 * @return the tokens, in order
	 */
	List<Token> significantTokens() {
		return this.significant;
	}

	/**
	 * Builds the statement.
	 * @param text the text that was split
	 * @return the statement
	 */
	SqlStatement toStatement(String text) {
		int start = this.first.startOffset();
		int end = this.endOffset;
		// Spaces that end a line comment are trailing whitespace too
		while (" \t\f\u000B".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		List<Token> kept = this.tokens;
		int last = kept.size();
		while (kept.get(last - 1).startOffset() >= end) {
			last--;
		}
		if (kept.get(last - 1).endOffset() > end) {
			// a line comment's trailing spaces were trimmed: its token ends where the
			// text does
			Token comment = kept.get(last - 1);
			kept = new ArrayList<>(kept.subList(0, last - 1));
			kept.add(new Token(comment.kind(), text.substring(comment.startOffset(), end), comment.startOffset(), end,
					comment.line(), comment.column()));
			last = kept.size();
		}
		return new SqlStatement(text.substring(start, end), this.first.line(), this.first.column(), start,
				kept.subList(0, last));
	}

}
