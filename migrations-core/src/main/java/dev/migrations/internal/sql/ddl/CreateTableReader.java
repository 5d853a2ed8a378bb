package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code CREATE TABLE [IF NOT EXISTS] name (columns and constraints)}, as well as
 * {@code PARTITION OF parent} and {@code AS query}.
 * <p>
 * Stateless and thread-safe.
 */
final class CreateTableReader {

	private static final String[] CONSTRAINT_STARTS = { "CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "FOREIGN",
			"EXCLUDE" };

	private CreateTableReader() {
	}

	/**
	 * Reads a table definition.
	 * @param cursor a cursor just after {@code CREATE … TABLE}
	 * @return the command, or {@link Command.Other} when no name can be read
	 */
	static Command read(TokenCursor cursor) {
		boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
		TableName table = cursor.tableName();
		if (table == null) {
			return new Command.Other();
		}
		TableName partitionOf = cursor.accept("PARTITION", "OF") ? cursor.tableName() : null;
		List<ColumnDefinition> columns = new ArrayList<>();
		List<Constraint> constraints = new ArrayList<>();
		for (TokenCursor element : cursor.group().splitOnCommas()) {
			if (element.isWord(CONSTRAINT_STARTS)) {
				Constraint constraint = Constraint.read(element);
				if (constraint != null) {
					constraints.add(constraint);
				}
			}
			else if (!element.isWord("LIKE")) {
				ColumnDefinition column = ColumnDefinition.read(element);
				if (column != null) {
					columns.add(column);
				}
			}
		}
		return new Command.CreateTable(table, ifNotExists, columns, constraints, partitionOf);
	}

}
