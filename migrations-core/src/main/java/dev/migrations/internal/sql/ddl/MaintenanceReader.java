package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * Reads {@code VACUUM}, {@code ANALYZE} and {@code CLUSTER} with their options, old
 * ({@code VACUUM FULL VERBOSE t}) and parenthesized ({@code VACUUM (FULL, ANALYZE) t}),
 * and their tables.
 * <p>
 * Stateless and thread-safe.
 */
final class MaintenanceReader {

	private static final String[] OLD_STYLE_OPTIONS = { "FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE" };

	private MaintenanceReader() {
	}

	/**
	 * Reads a maintenance statement.
	 * @param cursor a cursor at its first word
	 * @return the command
	 */
	static Command read(TokenCursor cursor) {
		Token first = cursor.next();
		boolean full = false;
		if (cursor.is(TokenKind.LEFT_PAREN)) {
			full = fullOption(cursor.group());
		}
		while (cursor.isWord(OLD_STYLE_OPTIONS)) {
			full |= cursor.next().isWord("FULL");
		}
		List<TableName> tables = new ArrayList<>();
		for (TokenCursor part : cursor.splitOnCommas()) {
			TableName table = part.tableName();
			if (table != null && !(first.isWord("CLUSTER") && part.isWord("ON"))) {
				tables.add(table);
			}
			else if (table != null && part.accept("ON")) {
				// The pre-8.3 form CLUSTER index ON table
				tables.add(part.tableName());
			}
		}
		return new Command.Maintenance(first, operation(first, full), tables);
	}

	private static Command.Operation operation(Token first, boolean full) {
		if (first.isWord("CLUSTER")) {
			return Command.Operation.CLUSTER;
		}
		if (first.isWord("VACUUM")) {
			return full ? Command.Operation.VACUUM_FULL : Command.Operation.VACUUM;
		}
		return Command.Operation.ANALYZE;
	}

	private static boolean fullOption(TokenCursor options) {
		for (TokenCursor option : options.splitOnCommas()) {
			if (option.accept("FULL")) {
				return option.optionValue();
			}
		}
		return false;
	}

}
