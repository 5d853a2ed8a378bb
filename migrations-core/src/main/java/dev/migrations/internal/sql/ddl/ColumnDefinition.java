package dev.migrations.internal.sql.ddl;

import java.util.Set;

import dev.migrations.internal.sql.Token;

/**
 * One column as {@code CREATE TABLE} or {@code ALTER TABLE … ADD COLUMN} defines it, with
 * the properties the rules look at.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param at the column name's token, for positions
 * @param name the column's name
 * @param type its type, or null if none could be read
 * @param notNull whether it is declared {@code NOT NULL}
 * @param defaultValue its {@code DEFAULT}
 * @param generatedStored whether it is {@code GENERATED ALWAYS AS (…) STORED}
 * @param identity whether it is {@code GENERATED … AS IDENTITY}
 * @param keys the inline key constraints it declares
 * @param references the table of an inline {@code REFERENCES}, or null
 */
public record ColumnDefinition(Token at, String name, ColumnType type, boolean notNull, DefaultValue defaultValue,
		boolean generatedStored, boolean identity, Keys keys, TableName references) {

	private static final String[] DEFAULT_ENDS = { "CONSTRAINT", "NOT", "NULL", "GENERATED", "PRIMARY", "UNIQUE",
			"REFERENCES", "CHECK", "COLLATE", "DEFERRABLE", "INITIALLY" };

	private static final Set<String> KEY_NAMES = Set.of("id");

	/**
	 * Reads a column definition: name, type, then its constraints.
	 * @param tokens a cursor at the name; it is moved to the end
	 * @return the column, or null if no name is there
	 */
	static ColumnDefinition read(TokenCursor tokens) {
		Token at = tokens.peek();
		String name = tokens.identifier();
		if (name == null) {
			return null;
		}
		ColumnType type = ColumnType.read(tokens);
		Builder column = new Builder();
		while (!tokens.atEnd()) {
			column.readConstraint(tokens);
		}
		return new ColumnDefinition(at, name, type, column.notNull, column.defaultValue, column.generatedStored,
				column.identity, new Keys(column.primaryKey, column.unique, column.check), column.references);
	}

	/**
	 * Whether the column looks like a key: declared a primary key or a reference, or
	 * named {@code id} or {@code …_id}.
	 * @return {@code true} if so
	 */
	public boolean looksLikeKey() {
		return this.keys.primaryKey() || this.references != null || KEY_NAMES.contains(this.name)
				|| this.name.endsWith("_id");
	}

	/**
	 * Whether adding this column gives every existing row a value computed per row, which
	 * rewrites the table whatever the server version.
	 * @return {@code true} for stored generated, identity and serial columns
	 */
	public boolean fillsEveryRow() {
		return this.generatedStored || this.identity || (this.type != null && this.type.isSerial());
	}

	/**
	 * The inline constraints that build an index or check every row.
	 *
	 * @param primaryKey {@code PRIMARY KEY}
	 * @param unique {@code UNIQUE}
	 * @param check {@code CHECK (…)}
	 */
	public record Keys(boolean primaryKey, boolean unique, boolean check) {

	}

	private static final class Builder {

		private boolean notNull;

		private DefaultValue defaultValue = DefaultValue.NONE;

		private boolean generatedStored;

		private boolean identity;

		private boolean primaryKey;

		private boolean unique;

		private boolean check;

		private TableName references;

		void readConstraint(TokenCursor tokens) {
			if (tokens.accept("CONSTRAINT")) {
				tokens.identifier();
			}
			else if (tokens.accept("NOT", "NULL")) {
				this.notNull = true;
			}
			else if (tokens.accept("DEFAULT")) {
				this.defaultValue = DefaultValue.of(tokens.until(DEFAULT_ENDS).rest());
			}
			else if (tokens.accept("GENERATED")) {
				readGenerated(tokens);
			}
			else if (tokens.accept("PRIMARY", "KEY")) {
				this.primaryKey = true;
			}
			else if (tokens.accept("UNIQUE")) {
				this.unique = true;
			}
			else if (tokens.accept("REFERENCES")) {
				this.references = tokens.tableName();
			}
			else if (tokens.accept("CHECK")) {
				this.check = true;
				tokens.group();
			}
			else {
				tokens.skip();
			}
		}

		private void readGenerated(TokenCursor tokens) {
			if (!tokens.accept("ALWAYS")) {
				tokens.accept("BY", "DEFAULT");
			}
			if (tokens.accept("AS", "IDENTITY")) {
				this.identity = true;
				tokens.group();
			}
			else if (tokens.accept("AS")) {
				tokens.group();
				this.generatedStored = tokens.accept("STORED");
			}
		}

	}

}
