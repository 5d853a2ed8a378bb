package dev.migrations.internal.sql.ddl;

import dev.migrations.internal.sql.Token;

/**
 * Reads {@code INSERT INTO t}, {@code UPDATE [ONLY] t … [WHERE …]} and
 * {@code DELETE FROM [ONLY] t … [WHERE …]}: the table, and whether the {@code WHERE}
 * clause bounds the change to a key range ({@link KeyRange}).
 * <p>
 * Stateless and thread-safe.
 */
final class DataChangeReader {

	private DataChangeReader() {
	}

	/**
	 * Reads a data change.
	 * @param cursor a cursor at the verb
	 * @return the command, or {@link Command.Other} when no table can be read
	 */
	static Command read(TokenCursor cursor) {
		Token verb = cursor.next();
		if (verb.isWord("DELETE")) {
			cursor.accept("FROM");
		}
		else if (verb.isWord("INSERT")) {
			cursor.accept("INTO");
		}
		cursor.accept("ONLY");
		TableName table = cursor.tableName();
		if (table == null) {
			return new Command.Other();
		}
		boolean bounded = verb.isWord("INSERT");
		if (!bounded && cursor.seek("WHERE")) {
			cursor.next();
			bounded = KeyRange.bounds(cursor.until("RETURNING").rest());
		}
		return new Command.DataChange(verb, verb.upperCaseText(), table, bounded);
	}

}
