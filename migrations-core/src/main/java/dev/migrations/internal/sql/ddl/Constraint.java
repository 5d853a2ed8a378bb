package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * A table constraint, as {@code CREATE TABLE} or {@code ALTER TABLE … ADD} defines it.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param at the first token of the constraint, for positions
 * @param name its name, or null when PostgreSQL is left to choose one
 * @param kind what it is
 * @param notValid whether it is added {@code NOT VALID} (existing rows unchecked)
 * @param usingIndex whether it adopts an existing index ({@code USING INDEX})
 * @param references the referenced table of a foreign key, or null
 * @param notNullColumn for {@code CHECK (c IS NOT NULL)}, the column c; otherwise null
 * @param key for {@code PRIMARY KEY (…)} and {@code UNIQUE (…)}, the key columns (without
 * {@code INCLUDE}); otherwise empty
 */
public record Constraint(Token at, String name, Kind kind, boolean notValid, boolean usingIndex, TableName references,
		String notNullColumn, List<String> key) {

	/**
	 * Copies the key.
	 */
	public Constraint {
		key = List.copyOf(key);
	}

	/**
	 * Reads a table constraint.
	 * @param tokens a cursor at {@code CONSTRAINT} or the constraint's keyword; moved to
	 * the end
	 * @return the constraint, or null if none starts here
	 */
	static Constraint read(TokenCursor tokens) {
		Token at = tokens.peek();
		String name = tokens.accept("CONSTRAINT") ? tokens.identifier() : null;
		Kind kind = kind(tokens);
		if (kind == null) {
			return null;
		}
		String notNullColumn = null;
		TableName references = null;
		if (kind == Kind.CHECK) {
			notNullColumn = notNullColumn(tokens.group());
		}
		List<String> key = (kind == Kind.PRIMARY_KEY || kind == Kind.UNIQUE) ? key(tokens) : List.of();
		boolean usingIndex = tokens.accept("USING", "INDEX");
		if (kind == Kind.FOREIGN_KEY) {
			tokens.group();
			references = tokens.accept("REFERENCES") ? tokens.tableName() : null;
		}
		boolean notValid = false;
		while (!tokens.atEnd()) {
			notValid |= tokens.accept("NOT", "VALID");
			tokens.skip();
		}
		return new Constraint(at, name, kind, notValid, usingIndex, references, notNullColumn, key);
	}

	private static List<String> key(TokenCursor tokens) {
		if (tokens.accept("NULLS")) {
			tokens.accept("NOT");
			tokens.accept("DISTINCT");
		}
		List<String> key = new ArrayList<>();
		for (TokenCursor element : tokens.group().splitOnCommas()) {
			String column = element.identifier();
			if (column == null || !element.atEnd()) {
				// WITHOUT OVERLAPS makes a range key, unique by overlap, not by equality
				return List.of();
			}
			key.add(column);
		}
		return key;
	}

	private static Kind kind(TokenCursor tokens) {
		if (tokens.accept("CHECK")) {
			return Kind.CHECK;
		}
		if (tokens.accept("FOREIGN", "KEY")) {
			return Kind.FOREIGN_KEY;
		}
		if (tokens.accept("PRIMARY", "KEY")) {
			return Kind.PRIMARY_KEY;
		}
		if (tokens.accept("UNIQUE")) {
			return Kind.UNIQUE;
		}
		if (tokens.accept("EXCLUDE")) {
			return Kind.EXCLUDE;
		}
		return tokens.accept("NOT", "NULL") ? Kind.NOT_NULL : null;
	}

	/**
	 * The column c of a check constraint as the catalog writes it,
	 * {@code CHECK ((c IS NOT NULL))}.
	 * @param definition the significant tokens of the constraint's definition, such as
	 * {@code pg_get_constraintdef} returns
	 * @return the column, or null for any other definition
	 */
	public static String notNullColumnOfCheck(List<Token> definition) {
		TokenCursor cursor = new TokenCursor(definition);
		return cursor.accept("CHECK") ? notNullColumn(cursor.group()) : null;
	}

	/**
	 * The column c of a check expression {@code c IS NOT NULL}, however many parentheses
	 * wrap it (the catalog writes {@code CHECK ((c IS NOT NULL))}).
	 * @param expression the tokens inside {@code CHECK (…)}
	 * @return the column, or null for any other expression
	 */
	static String notNullColumn(TokenCursor expression) {
		TokenCursor inner = expression;
		while (inner.is(TokenKind.LEFT_PAREN) && wrapsAll(inner)) {
			inner = inner.group();
		}
		List<Token> tokens = inner.rest();
		boolean shape = tokens.size() == 4 && tokens.get(1).isWord("IS") && tokens.get(2).isWord("NOT")
				&& tokens.get(3).isWord("NULL");
		boolean named = !tokens.isEmpty()
				&& (tokens.get(0).kind() == TokenKind.WORD || tokens.get(0).kind() == TokenKind.QUOTED_IDENTIFIER);
		return (shape && named) ? TokenCursor.name(tokens.get(0)) : null;
	}

	private static boolean wrapsAll(TokenCursor cursor) {
		TokenCursor probe = new TokenCursor(cursor.rest());
		probe.group();
		return probe.atEnd();
	}

	/**
	 * What a table constraint is.
	 */
	public enum Kind {

		/** {@code CHECK (…)}. */
		CHECK,

		/** {@code FOREIGN KEY (…) REFERENCES …}. */
		FOREIGN_KEY,

		/** {@code PRIMARY KEY}. */
		PRIMARY_KEY,

		/** {@code UNIQUE}. */
		UNIQUE,

		/** {@code EXCLUDE}. */
		EXCLUDE,

		/** {@code NOT NULL c}, a named not-null constraint (PostgreSQL 18). */
		NOT_NULL

	}

}
