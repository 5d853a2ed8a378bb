package dev.migrations.internal.execution;

import java.util.List;

import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * What the runner needs to know of one statement's shape, read from its tokens (never
 * from raw text, so strings and comments cannot fool it): whether it is a long statement
 * that holds no strong lock, and, for {@code CREATE INDEX CONCURRENTLY}, the index and
 * table names.
 *
 * @param tokens the statement's tokens, comments and whitespace left out
 */
record StatementShape(List<Token> tokens) {

	static StatementShape of(SqlStatement statement) {
		return new StatementShape(new SqlLexer().tokenize("statement", statement.sql(), 1)
			.stream()
			.filter((token) -> !token.isTrivia())
			.toList());
	}

	/**
	 * Whether the statement takes long by nature while holding no lock that blocks reads
	 * and writes: index builds and reindexes done concurrently, and constraint
	 * validation.
	 */
	boolean isLong() {
		if (word(0, "CREATE") && indexBuild() != null) {
			return true;
		}
		if (word(0, "REINDEX")) {
			return this.tokens.stream().anyMatch((token) -> token.isWord("CONCURRENTLY"));
		}
		if (word(0, "ALTER") && word(1, "TABLE")) {
			for (int i = 2; i + 1 < this.tokens.size(); i++) {
				if (word(i, "VALIDATE") && word(i + 1, "CONSTRAINT")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY} statement builds.
	 * @return the index, or {@code null} when the statement is not one
	 */
	IndexBuild indexBuild() {
		int i = 1;
		if (!word(0, "CREATE")) {
			return null;
		}
		if (word(i, "UNIQUE")) {
			i++;
		}
		if (!word(i, "INDEX") || !word(i + 1, "CONCURRENTLY")) {
			return null;
		}
		i += 2;
		boolean ifNotExists = word(i, "IF") && word(i + 1, "NOT") && word(i + 2, "EXISTS");
		if (ifNotExists) {
			i += 3;
		}
		String name = null;
		if (!word(i, "ON")) {
			name = identifier(i);
			i++;
		}
		if (!word(i, "ON")) {
			return null;
		}
		i++;
		if (word(i, "ONLY")) {
			i++;
		}
		StringBuilder table = new StringBuilder(identifier(i));
		while (i + 2 < this.tokens.size() && this.tokens.get(i + 1).text().equals(".")) {
			table.append('.').append(identifier(i + 2));
			i += 2;
		}
		return (name != null) ? new IndexBuild(name, table.toString(), ifNotExists) : null;
	}

	private String identifier(int index) {
		if (index >= this.tokens.size()) {
			return "";
		}
		Token token = this.tokens.get(index);
		return (token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED_IDENTIFIER) ? token.text() : "";
	}

	private boolean word(int index, String word) {
		return index < this.tokens.size() && this.tokens.get(index).isWord(word);
	}

	/**
	 * An index built concurrently.
	 *
	 * @param name the index name as written (quoted if it was)
	 * @param table the table as written, possibly schema-qualified
	 * @param ifNotExists whether the statement says {@code IF NOT EXISTS}
	 */
	record IndexBuild(String name, String table, boolean ifNotExists) {

		/**
		 * The index's name qualified with the table's schema, where the table names one:
		 * an index lives in its table's schema.
		 */
		String qualifiedName() {
			int dot = lastDot(this.table);
			return (dot < 0) ? this.name : this.table.substring(0, dot) + "." + this.name;
		}

		private static int lastDot(String name) {
			boolean quoted = false;
			int dot = -1;
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (c == '.' && !quoted) {
					dot = i;
				}
			}
			return dot;
		}

	}

}
