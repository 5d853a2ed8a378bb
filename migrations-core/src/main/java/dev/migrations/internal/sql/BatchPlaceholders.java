package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code :name} placeholders of a batched statement ({@code :batch_start},
 * {@code :batch_end}), found on the statement's tokens so that a string, a comment or a
 * {@code ::cast} never counts. Stateless and thread-safe.
 */
public final class BatchPlaceholders {

	private BatchPlaceholders() {
	}

	/**
	 * How many times a placeholder occurs.
	 * @param statement the statement
	 * @param name the placeholder's name, without the colon
	 * @return the count
	 */
	public static int count(SqlStatement statement, String name) {
		List<Token> tokens = statement.tokens();
		int count = 0;
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if (isPlaceholder(tokens, i, name)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Where placeholders stand and the integer literal each becomes.
	 * @param statement the statement
	 * @param values placeholder name → value
	 * @return one edit per placeholder, in order, with offsets in
	 * {@link SqlStatement#sql()}
	 */
	public static List<TextEdit> edits(SqlStatement statement, Map<String, Long> values) {
		List<Token> tokens = statement.tokens();
		List<TextEdit> edits = new ArrayList<>();
		for (int i = 0; i + 1 < tokens.size(); i++) {
			for (Map.Entry<String, Long> entry : values.entrySet()) {
				if (isPlaceholder(tokens, i, entry.getKey())) {
					edits.add(new TextEdit(tokens.get(i).startOffset() - statement.startOffset(),
							tokens.get(i + 1).endOffset() - statement.startOffset(),
							"(" + entry.getValue() + "::bigint)"));
					i++;
					break;
				}
			}
		}
		return edits;
	}

	/**
	 * Replaces placeholders with integer literals.
	 * @param statement the statement
	 * @param values placeholder name → value
	 * @return the statement's text with each placeholder replaced by its value
	 */
	public static String bind(SqlStatement statement, Map<String, Long> values) {
		return TextEdit.apply(statement.sql(), edits(statement, values));
	}

	private static boolean isPlaceholder(List<Token> tokens, int i, String name) {
		Token colon = tokens.get(i);
		Token word = tokens.get(i + 1);
		return colon.kind() == TokenKind.PUNCTUATION && colon.text().equals(":") && word.isWord(name)
				&& word.startOffset() == colon.endOffset();
	}

}
