package dev.migrations.internal.sql;

import java.util.List;

/**
 * The significant tokens of one statement, with the look-ups that keyword rules need.
 * Words are matched on tokens, so the same letters in a string, a quoted identifier or a
 * comment never match.
 * <p>
 * Instances are immutable and thread-safe.
 */
final class TokenSequence {

	private final List<Token> tokens;

	TokenSequence(List<Token> tokens) {
		this.tokens = List.copyOf(tokens);
	}

	int size() {
		return this.tokens.size();
	}

	/**
	 * Whether the token at an index is one of some unquoted words.
	 * @param index the index, which may be past the end
	 * @param words the words, any of which matches
	 * @return {@code true} if the token exists and is one of them
	 */
	boolean isAnyWord(int index, String... words) {
		if (index < 0 || index >= this.tokens.size()) {
			return false;
		}
		for (String word : words) {
			if (this.tokens.get(index).isWord(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where a run of consecutive words first occurs outside parentheses.
	 * @param from the index to start at, taken to be outside parentheses
	 * @param sequence the words, in order
	 * @return the index of the first word of the run, or -1
	 */
	int find(int from, String... sequence) {
		int depth = 0;
		for (int i = from; i < this.tokens.size(); i++) {
			TokenKind kind = this.tokens.get(i).kind();
			if (kind == TokenKind.LEFT_PAREN) {
				depth++;
			}
			else if (kind == TokenKind.RIGHT_PAREN) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && matches(i, sequence)) {
				return i;
			}
		}
		return -1;
	}

	private boolean matches(int index, String... sequence) {
		for (int k = 0; k < sequence.length; k++) {
			if (!isAnyWord(index + k, sequence[k])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a word occurs anywhere from an index on, inside parentheses too.
	 * @param from the index to start at
	 * @param word the word
	 * @return {@code true} if it occurs
	 */
	boolean contains(int from, String word) {
		for (int i = from; i < this.tokens.size(); i++) {
			if (this.tokens.get(i).isWord(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Skips a parenthesized list, such as the options of {@code REINDEX (VERBOSE)}.
	 * @param index the index of a token that may be an opening parenthesis
	 * @return the index after the matching closing parenthesis (or the size, if there is
	 * none), or the given index if no list starts there
	 */
	int skipParenthesized(int index) {
		if (index >= this.tokens.size() || this.tokens.get(index).kind() != TokenKind.LEFT_PAREN) {
			return index;
		}
		int depth = 0;
		for (int i = index; i < this.tokens.size(); i++) {
			TokenKind kind = this.tokens.get(i).kind();
			depth += (kind == TokenKind.LEFT_PAREN) ? 1 : (kind == TokenKind.RIGHT_PAREN) ? -1 : 0;
			if (depth == 0) {
				return i + 1;
			}
		}
		return this.tokens.size();
	}

}
