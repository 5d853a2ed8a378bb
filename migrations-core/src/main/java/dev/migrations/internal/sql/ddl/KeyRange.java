package dev.migrations.internal.sql.ddl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * Decides whether a {@code WHERE} clause bounds an {@code UPDATE} or {@code DELETE} to a
 * slice of the table: {@code col BETWEEN a AND b}, a closed range such as
 * {@code col >= a AND col < b}, an equality or {@code IN} list on a key-like column
 * ({@code id}, {@code …_id}), or {@code WHERE CURRENT OF}. The bound must be joined with
 * {@code AND}: a top-level {@code OR} can widen it to the whole table. Conditions inside
 * a sub-query do not count.
 * <p>
 * It also reads which columns an {@code AND}-joined equality fixes to one value
 * ({@code name = 'x'}), so that a caller who knows the table's primary and unique keys
 * can tell a change of one row.
 * <p>
 * Stateless and thread-safe.
 */
final class KeyRange {

	private static final Set<String> LOWER = Set.of(">", ">=");

	private static final Set<String> UPPER = Set.of("<", "<=");

	private KeyRange() {
	}

	/**
	 * Whether a condition bounds the rows to a key range.
	 * @param condition the significant tokens after {@code WHERE}
	 * @return {@code true} if it does
	 */
	static boolean bounds(List<Token> condition) {
		if (condition.isEmpty() || condition.get(0).isWord("SELECT") || hasTopLevel(condition, "OR")) {
			return false;
		}
		if (condition.get(0).isWord("CURRENT")) {
			return condition.size() > 1 && condition.get(1).isWord("OF");
		}
		Set<String> lower = new HashSet<>();
		Set<String> upper = new HashSet<>();
		for (int i = 0; i < condition.size(); i++) {
			Token token = condition.get(i);
			if (token.kind() == TokenKind.LEFT_PAREN) {
				int close = closing(condition, i);
				if (boundsInside(condition, i, close)) {
					return true;
				}
				i = close;
			}
			else if (token.isWord("BETWEEN") && i > 0 && isName(condition.get(i - 1))
					&& !(i > 1 && condition.get(i - 2).isWord("NOT"))) {
				return true;
			}
			else if (isKeyLookup(condition, i)) {
				return true;
			}
			else if (token.kind() == TokenKind.OPERATOR) {
				note(condition, i, lower, upper);
			}
		}
		lower.retainAll(upper);
		return !lower.isEmpty();
	}

	/**
	 * The columns a condition fixes to one value each: {@code col = value} or
	 * {@code value = col}, joined by {@code AND} (also inside parentheses), where the
	 * value is a literal or a parameter, not another column or a sub-query.
	 * @param condition the significant tokens after {@code WHERE}
	 * @return the columns; empty when a top-level {@code OR} could widen the condition
	 */
	static Set<String> equalities(List<Token> condition) {
		Set<String> columns = new HashSet<>();
		if (hasTopLevel(condition, "OR")) {
			return columns;
		}
		for (int i = 0; i < condition.size(); i++) {
			Token token = condition.get(i);
			if (token.kind() == TokenKind.LEFT_PAREN) {
				int close = closing(condition, i);
				boolean call = i > 0 && isName(condition.get(i - 1));
				if (!call && !(i + 1 < condition.size() && condition.get(i + 1).isWord("SELECT"))) {
					columns.addAll(equalities(condition.subList(i + 1, Math.max(i + 1, close))));
				}
				i = close;
			}
			else if (token.kind() == TokenKind.OPERATOR && token.text().equals("=") && i > 0) {
				equality(condition, i, columns);
			}
		}
		return columns;
	}

	private static void equality(List<Token> condition, int operator, Set<String> columns) {
		Token left = condition.get(operator - 1);
		Token right = (operator + 1 < condition.size()) ? condition.get(operator + 1) : null;
		Token before = (operator >= 2) ? condition.get(operator - 2) : null;
		if (right == null || (before != null && (before.isWord("NOT") || isOperand(before)))) {
			return;
		}
		int end = operator + ((right.kind() == TokenKind.PUNCTUATION && right.text().equals(":")) ? 3 : 2);
		if (isName(left) && isValue(right) && endsOperand(condition, end)) {
			columns.add(TokenCursor.name(left));
		}
		else if (isName(right) && isValue(left) && endsOperand(condition, operator + 2)) {
			columns.add(TokenCursor.name(right));
		}
	}

	/** Whether the value before this index ends there: the end, {@code AND} or a cast. */
	private static boolean endsOperand(List<Token> condition, int index) {
		if (index >= condition.size()) {
			return true;
		}
		Token next = condition.get(index);
		return next.isWord("AND") || next.text().equals("::") || next.kind() == TokenKind.RIGHT_PAREN;
	}

	private static boolean isOperand(Token token) {
		return token.kind() == TokenKind.OPERATOR && !token.text().equals("::");
	}

	private static boolean boundsInside(List<Token> condition, int open, int close) {
		// A parenthesized condition, not a function's arguments
		boolean call = open > 0 && isName(condition.get(open - 1));
		return !call && bounds(condition.subList(open + 1, Math.max(open + 1, close)));
	}

	private static void note(List<Token> condition, int i, Set<String> lower, Set<String> upper) {
		String operator = condition.get(i).text();
		boolean greater = LOWER.contains(operator);
		if (!greater && !UPPER.contains(operator)) {
			return;
		}
		if (i > 0 && isName(condition.get(i - 1))) {
			(greater ? lower : upper).add(TokenCursor.name(condition.get(i - 1)));
		}
		if (i + 1 < condition.size() && isName(condition.get(i + 1))) {
			(greater ? upper : lower).add(TokenCursor.name(condition.get(i + 1)));
		}
	}

	private static boolean isKeyLookup(List<Token> condition, int i) {
		Token token = condition.get(i);
		if (!isName(token) || i + 2 >= condition.size() || !isKey(TokenCursor.name(token))) {
			return false;
		}
		Token next = condition.get(i + 1);
		boolean equals = next.kind() == TokenKind.OPERATOR && next.text().equals("=");
		boolean in = next.isWord("IN") && condition.get(i + 2).kind() == TokenKind.LEFT_PAREN
				&& !condition.get((i + 3 < condition.size()) ? i + 3 : i + 2).isWord("SELECT");
		return (equals && isValue(condition.get(i + 2))) || in;
	}

	private static boolean isKey(String column) {
		return column.equals("id") || column.endsWith("_id");
	}

	private static boolean isValue(Token token) {
		return token.kind() == TokenKind.NUMBER || token.kind() == TokenKind.STRING
				|| token.kind() == TokenKind.PARAMETER || token.kind() == TokenKind.PUNCTUATION;
	}

	private static boolean isName(Token token) {
		return (token.kind() == TokenKind.WORD && !token.isWord("AND") && !token.isWord("NOT") && !token.isWord("NULL"))
				|| token.kind() == TokenKind.QUOTED_IDENTIFIER;
	}

	private static boolean hasTopLevel(List<Token> condition, String word) {
		for (int i = 0; i < condition.size(); i++) {
			if (condition.get(i).kind() == TokenKind.LEFT_PAREN) {
				i = closing(condition, i);
			}
			else if (condition.get(i).isWord(word)) {
				return true;
			}
		}
		return false;
	}

	private static int closing(List<Token> tokens, int open) {
		int depth = 0;
		for (int i = open; i < tokens.size(); i++) {
			TokenKind kind = tokens.get(i).kind();
			depth += (kind == TokenKind.LEFT_PAREN) ? 1 : (kind == TokenKind.RIGHT_PAREN) ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		return tokens.size();
	}

}
