package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrations.MigrationException;
import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * The SQL statements in the body of a {@code DO} block, for verify to know which tables a
 * migration names. The body is a string the statement's lexing left whole; it is lexed
 * here, once, cut at its semicolons, and each piece is described from its first SQL verb
 * on (so {@code BEGIN}, {@code IF … THEN} and {@code LOOP} before it do not matter). The
 * linter does not read these yet: a {@code DO} block's own description stays
 * {@link Command.Other}.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class ProceduralBody {

	private static final Set<String> VERBS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "ALTER", "CREATE", "DROP",
			"TRUNCATE", "LOCK", "COMMENT");

	private ProceduralBody() {
	}

	/**
	 * The statements of a {@code DO} block's body.
	 * @param statement a statement
	 * @return their descriptions, in order; none when the statement is no {@code DO}
	 * block or its body cannot be lexed
	 */
	public static List<StatementDescription> of(SqlStatement statement) {
		List<Token> tokens = statement.significantTokens();
		if (tokens.isEmpty() || !tokens.get(0).isWord("DO")) {
			return List.of();
		}
		for (Token token : tokens) {
			if (token.kind() == TokenKind.DOLLAR_STRING) {
				String text = token.text();
				String tag = text.substring(0, text.indexOf('$', 1) + 1);
				return describe(text.substring(tag.length(), text.length() - tag.length()), token.line());
			}
		}
		return List.of();
	}

	private static List<StatementDescription> describe(String body, int line) {
		List<Token> tokens;
		try {
			tokens = new SqlLexer().tokenize("DO block", body, line).stream().filter((t) -> !t.isTrivia()).toList();
		}
		catch (MigrationException ex) {
			// the server would refuse the block; it names no table here
			return List.of();
		}
		List<StatementDescription> descriptions = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= tokens.size(); i++) {
			if (i == tokens.size() || tokens.get(i).kind() == TokenKind.SEMICOLON) {
				int verb = firstVerb(tokens, start, i);
				if (verb >= 0) {
					descriptions.add(StatementClassifier.describe(tokens.subList(verb, i)));
				}
				start = i + 1;
			}
		}
		return descriptions;
	}

	private static int firstVerb(List<Token> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			Token token = tokens.get(i);
			if (token.kind() == TokenKind.WORD && VERBS.contains(token.upperCaseText())) {
				return i;
			}
		}
		return -1;
	}

}
