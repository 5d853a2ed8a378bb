package dev.migrations.internal.sql.ddl;

import java.util.List;

import dev.migrations.lint.LockLevel;

/**
 * Reads the statements on relations other than tables, and on types and functions: what
 * {@code CREATE} makes (so that what a pending migration creates is known to be new), and
 * the lock {@code ALTER INDEX}, {@code ALTER VIEW}, {@code ALTER SEQUENCE},
 * {@code ALTER MATERIALIZED VIEW}, {@code COMMENT ON INDEX} and {@code DROP TRIGGER}
 * take, as PostgreSQL takes them.
 * <p>
 * Stateless and thread-safe.
 */
final class ObjectReader {

	private ObjectReader() {
	}

	/**
	 * Reads what follows {@code CREATE [OR REPLACE]} when it is not a table, an index or
	 * a trigger.
	 * @param cursor after the optional {@code OR REPLACE} and the modifiers
	 * @param replace whether {@code OR REPLACE} was written
	 * @return the command
	 */
	static Command create(TokenCursor cursor, boolean replace) {
		cursor.accept("RECURSIVE");
		String kind = cursor.accept("MATERIALIZED", "VIEW") ? "MATERIALIZED VIEW"
				: cursor.accept("VIEW") ? "VIEW" : cursor.accept("SEQUENCE") ? "SEQUENCE" : cursor.accept("TYPE")
						? "TYPE"
						: cursor.accept("FUNCTION") ? "FUNCTION" : cursor.accept("PROCEDURE") ? "PROCEDURE" : null;
		if (kind == null) {
			return new Command.Other();
		}
		cursor.accept("IF", "NOT", "EXISTS");
		TableName name = cursor.tableName();
		return (name != null) ? new Command.CreateObject(name, kind, replace) : new Command.Other();
	}

	/**
	 * Reads what follows {@code ALTER} when it is not a table or a type.
	 * @param cursor after {@code ALTER}
	 * @return the command
	 */
	static Command alter(TokenCursor cursor) {
		if (cursor.accept("INDEX")) {
			cursor.accept("IF", "EXISTS");
			TableName index = cursor.tableName();
			if (index == null) {
				return new Command.Other();
			}
			// a new tablespace copies the index under ACCESS EXCLUSIVE; renames and
			// storage parameters take SHARE UPDATE EXCLUSIVE
			boolean moves = cursor.isWord("SET") && cursor.isWordAt(1, "TABLESPACE");
			return new Command.IndexLocking(index,
					moves ? LockLevel.ACCESS_EXCLUSIVE : LockLevel.SHARE_UPDATE_EXCLUSIVE);
		}
		LockLevel level = cursor.accept("SEQUENCE") ? LockLevel.SHARE_ROW_EXCLUSIVE
				: (cursor.accept("VIEW") || cursor.accept("MATERIALIZED", "VIEW")) ? LockLevel.ACCESS_EXCLUSIVE : null;
		if (level == null) {
			return new Command.Other();
		}
		cursor.accept("IF", "EXISTS");
		TableName name = cursor.tableName();
		return (name != null) ? new Command.Locking(List.of(name), level, false) : new Command.Other();
	}

	/**
	 * Reads {@code DROP TRIGGER name ON table}: ACCESS EXCLUSIVE on the table.
	 * @param cursor after {@code DROP TRIGGER}
	 * @return the command
	 */
	static Command dropTrigger(TokenCursor cursor) {
		if (!cursor.seek("ON")) {
			return new Command.Other();
		}
		cursor.next();
		TableName table = cursor.tableName();
		return (table != null) ? new Command.Locking(List.of(table), LockLevel.ACCESS_EXCLUSIVE, false)
				: new Command.Other();
	}

	/**
	 * Reads {@code COMMENT ON INDEX name}: SHARE UPDATE EXCLUSIVE on the index.
	 * @param cursor after {@code COMMENT ON INDEX}
	 * @return the command
	 */
	static Command commentOnIndex(TokenCursor cursor) {
		TableName index = cursor.tableName();
		return (index != null) ? new Command.IndexLocking(index, LockLevel.SHARE_UPDATE_EXCLUSIVE)
				: new Command.Other();
	}

}
