package dev.migrations.internal.sql;

import java.util.List;
import java.util.Map;

/**
 * The {@code :name} placeholders of a batched statement ({@code :batch_start},
 * {@code :batch_end}), found on tokens so that a string, a comment or a {@code ::cast}
 * never counts. Stateless and thread-safe.
 */
public final class BatchPlaceholders {

	private BatchPlaceholders() {
	}

	/**
	 * How many times a placeholder occurs.
	 * @param sql the statement
	 * @param name the placeholder's name, without the colon
	 * @return the count
	 */
	public static int count(String sql, String name) {
		List<Token> tokens = new SqlLexer().tokenize("statement", sql, 1);
		int count = 0;
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (isPlaceholder(tokens, i, name)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Replaces placeholders with integer literals.
	 * @param sql the statement
	 * @param values placeholder name → value
	 * @return the statement with each placeholder replaced by its value
	 */
	public static String bind(String sql, Map<String, Long> values) {
		List<Token> tokens = new SqlLexer().tokenize("statement", sql, 1);
		StringBuilder bound = new StringBuilder(sql.length() + 16);
		int i = 0;
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			Long value = (i + 1 < tokens.size()) ? valueOf(tokens, i, values) : null;
			if (value != null) {
				bound.append('(').append(value).append("::bigint)");
				i += 2;
			}
			else {
				bound.append(token.text());
				i++;
			}
		}
		return bound.toString();
	}

	private static Long valueOf(List<Token> tokens, int i, Map<String, Long> values) {
		for (Map.Entry<String, Long> entry : values.entrySet()) {
			if (isPlaceholder(tokens, i, entry.getKey())) {
				return entry.getValue();
			}
		}
		return null;
	}

	private static boolean isPlaceholder(List<Token> tokens, int i, String name) {
		Token colon = tokens.get(i);
		Token word = tokens.get(i + 1);
		return colon.kind() == TokenKind.PUNCTUATION && colon.text().equals(":") && word.isWord(name)
				&& word.startOffset() == colon.endOffset();
	}

}
