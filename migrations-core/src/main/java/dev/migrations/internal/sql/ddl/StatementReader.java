package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;
import dev.migrations.lint.LockLevel;

/**
 * Reads what a statement does from its significant tokens: the kind of statement, the
 * tables it touches and the options the rules look at. Unknown or unreadable statements
 * become {@link Command.Other}; reading never fails.
 * <p>
 * Stateless and thread-safe.
 */
final class StatementReader {

	private static final String[] TRANSACTION_CONTROL = { "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
			"SAVEPOINT", "RELEASE" };

	/**
	 * Reads one statement.
	 * @param tokens its significant tokens
	 * @return what it does
	 */
	Command read(List<Token> tokens) {
		TokenCursor cursor = new TokenCursor(tokens);
		Token first = cursor.peek();
		if (first == null) {
			return new Command.Other();
		}
		if (cursor.accept("CREATE")) {
			return create(first, cursor);
		}
		if (cursor.accept("DROP")) {
			return drop(first, cursor);
		}
		if (cursor.accept("ALTER")) {
			return alter(first, cursor);
		}
		if (cursor.isWord(TRANSACTION_CONTROL) || (cursor.isWord("PREPARE") && cursor.isWordAt(1, "TRANSACTION"))) {
			return new Command.TransactionControl(first, first.upperCaseText());
		}
		if (cursor.isWord("DO")) {
			return ProceduralBody.read(cursor);
		}
		if (cursor.isWord("WITH")) {
			skipCommonTableExpressions(cursor);
		}
		return other(cursor);
	}

	private Command other(TokenCursor cursor) {
		Token verb = cursor.peek();
		if (cursor.isWord("UPDATE", "DELETE", "INSERT")) {
			return DataChangeReader.read(cursor);
		}
		if (cursor.accept("REINDEX")) {
			return reindex(verb, cursor);
		}
		if (cursor.isWord("VACUUM", "ANALYZE", "ANALYSE", "CLUSTER")) {
			return MaintenanceReader.read(cursor);
		}
		if (cursor.accept("LOCK")) {
			return lock(cursor);
		}
		return locking(cursor);
	}

	private Command locking(TokenCursor cursor) {
		if (cursor.accept("TRUNCATE")) {
			cursor.accept("TABLE");
			cursor.accept("ONLY");
			return new Command.Locking(cursor.tableNames(), LockLevel.ACCESS_EXCLUSIVE, false);
		}
		if (cursor.accept("REFRESH", "MATERIALIZED", "VIEW")) {
			LockLevel lock = cursor.accept("CONCURRENTLY") ? LockLevel.EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE;
			return new Command.Locking(cursor.tableNames(), lock, true);
		}
		if (cursor.isWord("COMMENT", "MERGE", "COPY")) {
			return annotatingOrCopying(cursor);
		}
		if (cursor.isWord("SELECT", "TABLE") && cursor.seek("FROM")) {
			cursor.next();
			cursor.accept("ONLY");
			TableName table = cursor.tableName();
			return (table != null) ? new Command.Locking(List.of(table), LockLevel.ACCESS_SHARE, false)
					: new Command.Other();
		}
		return new Command.Other();
	}

	private static Command annotatingOrCopying(TokenCursor cursor) {
		if (cursor.accept("COMMENT", "ON", "INDEX")) {
			return ObjectReader.commentOnIndex(cursor);
		}
		if (cursor.accept("COMMENT", "ON")) {
			boolean column = cursor.accept("COLUMN");
			if (!column && !cursor.accept("TABLE") && !cursor.accept("VIEW") && !cursor.accept("MATERIALIZED", "VIEW")
					&& !cursor.accept("FOREIGN", "TABLE")) {
				return new Command.Other();
			}
			TableName name = cursor.tableName();
			TableName table = (column && name != null) ? columnTable(name) : name;
			return (table != null) ? new Command.Locking(List.of(table), LockLevel.SHARE_UPDATE_EXCLUSIVE, false)
					: new Command.Other();
		}
		if (cursor.accept("MERGE", "INTO")) {
			cursor.accept("ONLY");
			TableName target = cursor.tableName();
			return (target != null) ? new Command.Locking(List.of(target), LockLevel.ROW_EXCLUSIVE, false)
					: new Command.Other();
		}
		cursor.next();
		TableName table = cursor.tableName();
		if (table == null) {
			return new Command.Other();
		}
		cursor.group();
		return new Command.Locking(List.of(table),
				cursor.isWord("FROM") ? LockLevel.ROW_EXCLUSIVE : LockLevel.ACCESS_SHARE, false);
	}

	/**
	 * The table of a column named {@code table.column} or {@code schema.table.column},
	 * read as a two-part name by {@link TokenCursor#tableName()}.
	 */
	private static TableName columnTable(TableName column) {
		return (column.schema() != null) ? new TableName(null, column.schema()) : null;
	}

	private Command create(Token first, TokenCursor cursor) {
		boolean replace = cursor.accept("OR", "REPLACE");
		while (cursor.isWord("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED")) {
			cursor.next();
		}
		if (cursor.accept("TABLE")) {
			return CreateTableReader.read(cursor);
		}
		if (cursor.accept("UNIQUE", "INDEX")) {
			return createIndex(first, cursor, true);
		}
		if (cursor.accept("INDEX")) {
			return createIndex(first, cursor, false);
		}
		if (cursor.accept("TRIGGER") || cursor.accept("CONSTRAINT", "TRIGGER")) {
			cursor.seek("ON");
			cursor.next();
			TableName table = cursor.tableName();
			return (table != null) ? new Command.Locking(List.of(table), LockLevel.SHARE_ROW_EXCLUSIVE, false)
					: new Command.Other();
		}
		return ObjectReader.create(cursor, replace);
	}

	private Command createIndex(Token first, TokenCursor cursor, boolean unique) {
		boolean concurrently = cursor.accept("CONCURRENTLY");
		boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
		TableName index = cursor.isWord("ON") ? null : cursor.tableName();
		if (!cursor.accept("ON")) {
			return new Command.Other();
		}
		cursor.accept("ONLY");
		TableName table = cursor.tableName();
		if (table == null) {
			return new Command.Other();
		}
		List<String> key = unique ? uniqueKey(cursor) : List.of();
		return new Command.CreateIndex(first, index, table, concurrently, ifNotExists, unique, key);
	}

	/**
	 * The columns of {@code [USING method] (c1, c2 …) … [WHERE …]}: none when an element
	 * is an expression or a predicate makes the index partial, since neither makes the
	 * columns unique across the table.
	 */
	private static List<String> uniqueKey(TokenCursor cursor) {
		if (cursor.accept("USING")) {
			cursor.next();
		}
		List<String> key = new ArrayList<>();
		for (TokenCursor element : cursor.group().splitOnCommas()) {
			String column = element.identifier();
			if (column == null || element.is(TokenKind.LEFT_PAREN)) {
				return List.of();
			}
			key.add(column);
		}
		return cursor.seek("WHERE") ? List.of() : key;
	}

	private Command drop(Token first, TokenCursor cursor) {
		if (cursor.accept("INDEX")) {
			boolean concurrently = cursor.accept("CONCURRENTLY");
			boolean ifExists = cursor.accept("IF", "EXISTS");
			return new Command.DropIndex(first, cursor.tableNames(), concurrently, ifExists);
		}
		if (cursor.accept("TABLE")) {
			cursor.accept("IF", "EXISTS");
			return new Command.DropTable(first, cursor.tableNames());
		}
		if (cursor.accept("MATERIALIZED", "VIEW") || cursor.accept("VIEW") || cursor.accept("SEQUENCE")) {
			cursor.accept("IF", "EXISTS");
			return new Command.Locking(cursor.tableNames(), LockLevel.ACCESS_EXCLUSIVE, false);
		}
		if (cursor.accept("TRIGGER")) {
			return ObjectReader.dropTrigger(cursor);
		}
		return new Command.Other();
	}

	private Command alter(Token first, TokenCursor cursor) {
		if (cursor.accept("TABLE")) {
			return AlterTableReader.read(cursor);
		}
		if (cursor.accept("TYPE")) {
			TableName type = cursor.tableName();
			if (type != null && cursor.accept("ADD", "VALUE")) {
				return new Command.AddEnumValue(first, type, cursor.accept("IF", "NOT", "EXISTS"));
			}
			return new Command.Other();
		}
		return ObjectReader.alter(cursor);
	}

	private Command reindex(Token first, TokenCursor cursor) {
		boolean concurrently = false;
		if (cursor.is(TokenKind.LEFT_PAREN)) {
			concurrently = optionsSayConcurrently(cursor.group());
		}
		Token target = cursor.next();
		if (target == null || target.kind() != TokenKind.WORD) {
			return new Command.Other();
		}
		concurrently |= cursor.accept("CONCURRENTLY");
		return new Command.Reindex(first, target.upperCaseText(), cursor.tableName(), concurrently);
	}

	private static boolean optionsSayConcurrently(TokenCursor options) {
		for (TokenCursor option : options.splitOnCommas()) {
			if (option.accept("CONCURRENTLY")) {
				return option.optionValue();
			}
		}
		return false;
	}

	private Command lock(TokenCursor cursor) {
		cursor.accept("TABLE");
		cursor.accept("ONLY");
		List<TableName> tables = cursor.tableNames();
		LockLevel mode = LockLevel.ACCESS_EXCLUSIVE;
		if (cursor.accept("IN")) {
			List<String> words = new ArrayList<>();
			while (!cursor.atEnd() && !cursor.isWord("MODE")) {
				words.add(cursor.next().upperCaseText());
			}
			mode = lockMode(String.join(" ", words));
		}
		return new Command.LockTable(tables, mode);
	}

	private static LockLevel lockMode(String words) {
		for (LockLevel level : LockLevel.values()) {
			if (level.sqlName().equals(words)) {
				return level;
			}
		}
		return LockLevel.ACCESS_EXCLUSIVE;
	}

	private static void skipCommonTableExpressions(TokenCursor cursor) {
		cursor.accept("WITH");
		cursor.accept("RECURSIVE");
		while (!cursor.atEnd() && !cursor.isWord("UPDATE", "DELETE", "INSERT", "SELECT", "MERGE")) {
			cursor.skip();
		}
	}

}
