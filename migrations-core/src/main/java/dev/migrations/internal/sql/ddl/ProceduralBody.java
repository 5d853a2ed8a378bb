package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrations.MigrationException;
import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * Reads the body of a {@code DO} block, the string its statement's lexing left whole:
 * lexes it once, cuts it at its semicolons and describes each piece from its first SQL
 * verb on (so {@code BEGIN}, {@code IF … THEN} and {@code LOOP} before it do not matter),
 * noting whether the piece runs inside a loop ({@code LOOP}, {@code WHILE … LOOP},
 * {@code FOR … LOOP}, {@code FOREACH … LOOP}, up to {@code END LOOP}). Only PL/pgSQL
 * bodies are read. Tokens of the body carry their line and column in the file.
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
	 * @param description a statement's description
	 * @return their descriptions, in order; none when the statement is no {@code DO}
	 * block or its body cannot be read
	 */
	public static List<StatementDescription> of(StatementDescription description) {
		return (description.command() instanceof Command.DoBlock block)
				? block.body().stream().map(Command.DoBlock.Statement::description).toList() : List.of();
	}

	/**
	 * Reads {@code DO [LANGUAGE plpgsql] $$ … $$ [LANGUAGE plpgsql]}.
	 * @param cursor a cursor at {@code DO}
	 * @return the block, with no statement when its body is not a readable PL/pgSQL
	 * dollar-quoted string
	 */
	static Command.DoBlock read(TokenCursor cursor) {
		Token at = cursor.next();
		Token code = null;
		String language = "plpgsql";
		while (!cursor.atEnd()) {
			if (cursor.accept("LANGUAGE")) {
				Token name = cursor.next();
				language = (name != null) ? TokenCursor.name(name) : language;
			}
			else if (cursor.is(TokenKind.DOLLAR_STRING)) {
				code = cursor.next();
			}
			else {
				cursor.next();
			}
		}
		List<Command.DoBlock.Statement> body = (code != null && language.equals("plpgsql")) ? body(code) : List.of();
		return new Command.DoBlock(at, body);
	}

	private static List<Command.DoBlock.Statement> body(Token code) {
		String text = code.text();
		String tag = text.substring(0, text.indexOf('$', 1) + 1);
		List<Token> tokens;
		try {
			tokens = new SqlLexer().tokenize("DO block", text.substring(tag.length(), text.length() - tag.length()),
					code.line());
		}
		catch (MigrationException ex) {
			// the server would refuse the block; there is nothing to read in it
			return List.of();
		}
		int shift = code.column() + tag.length() - 1;
		List<Token> placed = tokens.stream()
			.filter((token) -> !token.isTrivia())
			.map((token) -> (token.line() == code.line()) ? new Token(token.kind(), token.text(), token.startOffset(),
					token.endOffset(), token.line(), token.column() + shift) : token)
			.toList();
		return statements(placed);
	}

	private static List<Command.DoBlock.Statement> statements(List<Token> tokens) {
		List<Command.DoBlock.Statement> statements = new ArrayList<>();
		int loops = 0;
		int start = 0;
		int verb = -1;
		boolean inLoop = false;
		for (int i = 0; i <= tokens.size(); i++) {
			if (i == tokens.size() || tokens.get(i).kind() == TokenKind.SEMICOLON) {
				if (verb >= 0) {
					statements.add(new Command.DoBlock.Statement(StatementClassifier.describe(tokens.subList(verb, i)),
							inLoop));
				}
				start = i + 1;
				verb = -1;
				continue;
			}
			Token token = tokens.get(i);
			if (verb < 0 && token.isWord("LOOP")) {
				loops += (i > start && tokens.get(i - 1).isWord("END")) ? -1 : 1;
			}
			else if (verb < 0 && token.kind() == TokenKind.WORD && VERBS.contains(token.upperCaseText())) {
				verb = i;
				inLoop = loops > 0;
			}
		}
		return statements;
	}

}
