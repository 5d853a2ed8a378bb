package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;
import dev.migrations.lint.LockLevel;

/**
 * Reads the actions of {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] …}: the rename
 * forms, {@code SET SCHEMA}, and the comma-separated action list. The locks of actions no
 * rule looks at follow the {@code ALTER TABLE} page of the PostgreSQL manual (PostgreSQL
 * 12 and later).
 * <p>
 * Stateless and thread-safe.
 */
final class AlterTableReader {

	private static final String[] CONSTRAINT_STARTS = { "CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "FOREIGN",
			"EXCLUDE" };

	private AlterTableReader() {
	}

	/**
	 * Reads an {@code ALTER TABLE}.
	 * @param tokens a cursor just after {@code ALTER TABLE}
	 * @return the command, or {@link Command.Other} for
	 * {@code ALTER TABLE ALL IN TABLESPACE} and unreadable text
	 */
	static Command read(TokenCursor tokens) {
		if (tokens.isWord("ALL")) {
			return new Command.Other();
		}
		tokens.accept("IF", "EXISTS");
		tokens.accept("ONLY");
		TableName table = tokens.tableName();
		if (table == null) {
			return new Command.Other();
		}
		tokens.acceptText("*");
		List<TableAction> actions = new ArrayList<>();
		if (tokens.isWord("RENAME") || tokens.isWord("SET") && tokens.isWordAt(1, "SCHEMA")) {
			actions.add(rename(tokens, table));
		}
		else {
			for (TokenCursor part : tokens.splitOnCommas()) {
				actions.add(action(part));
			}
		}
		return new Command.AlterTable(table, actions);
	}

	private static TableAction rename(TokenCursor tokens, TableName table) {
		Token at = tokens.next();
		if (at.isWord("SET")) {
			tokens.next();
			String schema = tokens.identifier();
			return new TableAction.RenameTable(at, new TableName(schema, table.name()));
		}
		if (tokens.accept("TO")) {
			String name = tokens.identifier();
			return (name != null) ? new TableAction.RenameTable(at, new TableName(table.schema(), name))
					: generic(at, LockLevel.ACCESS_EXCLUSIVE);
		}
		if (tokens.accept("CONSTRAINT")) {
			return generic(at, LockLevel.ACCESS_EXCLUSIVE);
		}
		tokens.accept("COLUMN");
		String from = tokens.identifier();
		String to = tokens.accept("TO") ? tokens.identifier() : null;
		return (from != null && to != null) ? new TableAction.RenameColumn(at, from, to)
				: generic(at, LockLevel.ACCESS_EXCLUSIVE);
	}

	private static TableAction action(TokenCursor tokens) {
		Token at = tokens.peek();
		if (tokens.accept("ADD")) {
			return add(at, tokens);
		}
		if (tokens.accept("DROP")) {
			return drop(at, tokens);
		}
		if (tokens.accept("ALTER")) {
			return alter(at, tokens);
		}
		if (tokens.accept("VALIDATE", "CONSTRAINT")) {
			String name = tokens.identifier();
			return (name != null) ? new TableAction.ValidateConstraint(at, name)
					: new TableAction.Generic(at, LockLevel.SHARE_UPDATE_EXCLUSIVE, false, true);
		}
		return other(at, tokens);
	}

	private static TableAction add(Token at, TokenCursor tokens) {
		if (tokens.isWord(CONSTRAINT_STARTS)) {
			Constraint constraint = Constraint.read(tokens);
			return (constraint != null) ? new TableAction.AddConstraint(at, constraint)
					: generic(at, LockLevel.ACCESS_EXCLUSIVE);
		}
		tokens.accept("COLUMN");
		tokens.accept("IF", "NOT", "EXISTS");
		ColumnDefinition column = ColumnDefinition.read(tokens);
		return (column != null) ? new TableAction.AddColumn(at, column) : generic(at, LockLevel.ACCESS_EXCLUSIVE);
	}

	private static TableAction drop(Token at, TokenCursor tokens) {
		if (tokens.isWord("CONSTRAINT")) {
			return generic(at, LockLevel.ACCESS_EXCLUSIVE);
		}
		tokens.accept("COLUMN");
		tokens.accept("IF", "EXISTS");
		String column = tokens.identifier();
		return (column != null) ? new TableAction.DropColumn(at, column) : generic(at, LockLevel.ACCESS_EXCLUSIVE);
	}

	private static TableAction alter(Token at, TokenCursor tokens) {
		if (tokens.isWord("CONSTRAINT")) {
			return generic(at, LockLevel.ACCESS_EXCLUSIVE);
		}
		tokens.accept("COLUMN");
		String column = tokens.identifier();
		if (column == null) {
			return generic(at, LockLevel.ACCESS_EXCLUSIVE);
		}
		if (tokens.accept("SET", "DATA", "TYPE") || tokens.accept("TYPE")) {
			ColumnType type = ColumnType.read(tokens);
			return new TableAction.AlterColumnType(at, column, type, tokens.seek("USING"));
		}
		if (tokens.accept("SET", "NOT", "NULL")) {
			return new TableAction.SetNotNull(at, column);
		}
		boolean attributeOptions = tokens.isWord("SET", "RESET") && tokens.peek(1) != null
				&& tokens.peek(1).kind() == TokenKind.LEFT_PAREN;
		if (attributeOptions || (tokens.isWord("SET") && tokens.isWordAt(1, "STATISTICS"))) {
			return generic(at, LockLevel.SHARE_UPDATE_EXCLUSIVE);
		}
		return generic(at, LockLevel.ACCESS_EXCLUSIVE);
	}

	private static TableAction other(Token at, TokenCursor tokens) {
		if (tokens.accept("SET", "TABLESPACE") || tokens.accept("SET", "LOGGED") || tokens.accept("SET", "UNLOGGED")
				|| tokens.accept("SET", "ACCESS", "METHOD")) {
			return new TableAction.Generic(at, LockLevel.ACCESS_EXCLUSIVE, true, false);
		}
		boolean storageParameters = tokens.isWord("RESET")
				|| (tokens.isWord("SET") && tokens.peek(1) != null && tokens.peek(1).kind() == TokenKind.LEFT_PAREN);
		if (tokens.accept("CLUSTER", "ON")) {
			TableName index = tokens.tableName();
			return (index != null) ? new TableAction.ClusterOn(at, index)
					: generic(at, LockLevel.SHARE_UPDATE_EXCLUSIVE);
		}
		if (storageParameters || tokens.accept("SET", "WITHOUT", "CLUSTER")) {
			return generic(at, LockLevel.SHARE_UPDATE_EXCLUSIVE);
		}
		if ((tokens.isWord("ENABLE", "DISABLE") && tokens.isWordAt(1, "TRIGGER")) || (tokens.isWord("ENABLE")
				&& tokens.isWordAt(1, "REPLICA", "ALWAYS") && tokens.isWordAt(2, "TRIGGER"))) {
			return generic(at, LockLevel.SHARE_ROW_EXCLUSIVE);
		}
		if (tokens.accept("ATTACH", "PARTITION")) {
			TableName partition = tokens.tableName();
			return (partition != null)
					? new TableAction.Partition(at, partition, LockLevel.SHARE_UPDATE_EXCLUSIVE,
							LockLevel.ACCESS_EXCLUSIVE, true)
					: new TableAction.Generic(at, LockLevel.SHARE_UPDATE_EXCLUSIVE, false, true);
		}
		if (tokens.accept("DETACH", "PARTITION")) {
			TableName partition = tokens.tableName();
			LockLevel level = tokens.containsWord("CONCURRENTLY") ? LockLevel.SHARE_UPDATE_EXCLUSIVE
					: LockLevel.ACCESS_EXCLUSIVE;
			return (partition != null) ? new TableAction.Partition(at, partition, level, level, false)
					: generic(at, level);
		}
		return generic(at, LockLevel.ACCESS_EXCLUSIVE);
	}

	private static TableAction generic(Token at, LockLevel lock) {
		return new TableAction.Generic(at, lock, false, false);
	}

}
