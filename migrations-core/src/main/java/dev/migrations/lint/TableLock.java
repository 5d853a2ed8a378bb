package dev.migrations.lint;

import java.util.Objects;

/**
 * A table lock: one a statement takes, as the plan predicts it, or one a migration was
 * seen to take, as verify reports it (the strongest mode its session held on the table).
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

	/**
	 * The lock with what it means for the application, as verify reports show it.
	 * @return such as {@code ACCESS EXCLUSIVE on orders (blocks reads and writes)} or
	 * {@code ACCESS EXCLUSIVE on users (new table)}
	 */
	public String describe() {
		return this.level.sqlName() + " on " + this.table + " (" + (this.newTable ? "new table" : this.level.impact())
				+ ")";
	}

	/**
	 * The lock in short, as plans show it.
	 * @return such as {@code ACCESS EXCLUSIVE on public.orders} or
	 * {@code ACCESS EXCLUSIVE on public.users (new)}
	 */
	@Override
	public String toString() {
		return this.level.sqlName() + " on " + this.table + (this.newTable ? " (new)" : "");
	}

}
