package dev.migrations.internal.lint;

import java.util.List;

import dev.migrations.internal.discovery.Directive;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * What the rules know of the migration a statement belongs to.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param script the migration
 * @param autocommit for each up statement, whether it must run outside a transaction
 * @param transactional whether the migration runs in one transaction (no statement needs
 * autocommit)
 */
record MigrationFacts(MigrationScript script, List<Boolean> autocommit, boolean transactional) {

	/**
	 * Copies the list.
	 */
	MigrationFacts {
		autocommit = List.copyOf(autocommit);
	}

	List<SqlStatement> statements() {
		return this.script.up().statements();
	}

	/**
	 * Whether the migration is marked {@code -- migrate:phase contract}, so the engine
	 * holds it until contract migrations are enabled.
	 * @return {@code true} if so
	 */
	boolean contractPhase() {
		return this.script.contract();
	}

	/**
	 * Whether a statement is batched by a {@code -- migrate:batch …} directive above it,
	 * which the engine runs one key range per transaction.
	 * @param index the statement's index in the up section
	 * @return {@code true} if so
	 */
	boolean batched(int index) {
		return this.script.up().batch(index) != null;
	}

	/**
	 * Whether an up-section directive stands on the line before a statement, with only
	 * blank or comment lines between.
	 * @param directive the directive
	 * @param index the statement's index in the up section
	 * @return {@code true} if it applies to that statement
	 */
	boolean precedes(Directive directive, int index) {
		List<SqlStatement> statements = statements();
		SqlStatement statement = statements.get(index);
		if (statement.line() <= directive.line()) {
			return false;
		}
		return index == 0 || endLine(statements.get(index - 1)) < directive.line();
	}

	/**
	 * The first {@code $} of a statement that opens no dollar quote, no parameter and no
	 * {@code ${placeholder}}: PostgreSQL refuses it, and the splitter cut the text after
	 * it at every semicolon, as no quote was open.
	 * @param index the statement's index in the up section
	 * @return the token, or null when there is none
	 */
	Token loneDollar(int index) {
		List<Token> tokens = statements().get(index).tokens();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			boolean placeholder = i + 1 < tokens.size() && tokens.get(i + 1).text().startsWith("{");
			if (token.kind() == TokenKind.PUNCTUATION && token.text().equals("$") && !placeholder) {
				return token;
			}
		}
		return null;
	}

	/**
	 * Whether a statement or one before it in the up section has a lone {@code $}, so
	 * that the statement may be a piece of a body cut at its semicolons.
	 * @param index the statement's index in the up section
	 * @return {@code true} if so
	 */
	boolean afterLoneDollar(int index) {
		for (int i = 0; i <= index; i++) {
			if (loneDollar(i) != null) {
				return true;
			}
		}
		return false;
	}

	private static int endLine(SqlStatement statement) {
		String sql = statement.sql();
		int line = statement.line();
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == sql.length() || sql.charAt(i + 1) != '\n'))) {
				line++;
			}
		}
		return line;
	}

}
