package dev.migrations.internal.sql.ddl;

import java.util.List;
import java.util.Set;

import dev.migrations.internal.sql.Token;

/**
 * Reads {@code INSERT INTO t}, {@code UPDATE [ONLY] t … [WHERE …]} and
 * {@code DELETE FROM [ONLY] t … [WHERE …]}: the table, and whether the {@code WHERE}
 * clause bounds the change to a key range ({@link KeyRange}), and which of the table's
 * columns it fixes by equality. An {@code UPDATE … FROM} or {@code DELETE … USING} joins
 * other tables, whose columns the {@code WHERE} clause may name as well: its equalities
 * are not counted.
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
		Set<String> equalities = Set.of();
		if (!bounded && cursor.seek("WHERE", "FROM", "USING")) {
			boolean joined = !cursor.isWord("WHERE");
			if (cursor.seek("WHERE")) {
				cursor.next();
				List<Token> condition = cursor.until("RETURNING").rest();
				bounded = KeyRange.bounds(condition);
				equalities = joined ? Set.of() : KeyRange.equalities(condition);
			}
		}
		return new Command.DataChange(verb, verb.upperCaseText(), table, bounded, equalities);
	}

}
