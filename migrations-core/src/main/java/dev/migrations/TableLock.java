package dev.migrations;

import java.util.Objects;

/**
 * A table lock a statement takes, as shown by the plan.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param table the table as the statement names it, identifiers folded
 * ({@code public.orders}, {@code orders}); for an index whose table is unknown, the index
 * @param level the lock mode
 * @param newTable whether the table is created by a migration of the same pending set, so
 * nobody else can be waiting for it
 */
public record TableLock(String table, LockLevel level, boolean newTable) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if table or level is null
	 * @throws IllegalArgumentException if table is blank
	 */
	public TableLock {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(level, "level");
		if (table.isBlank()) {
			throw new IllegalArgumentException("A locked table needs a name");
		}
	}

	@Override
	public String toString() {
		return this.level.sqlName() + " on " + this.table + (this.newTable ? " (new)" : "");
	}

}
