package dev.migrations;

import java.util.Objects;

/**
 * A table lock that {@link Verifier verify} saw a migration's up take: the strongest mode
 * its session held on the table while it ran.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param table the table, named as before the migration (as after it, for a table the
 * migration creates)
 * @param level the strongest mode seen
 * @param newTable whether the migration created the table, so that nobody else could be
 * waiting for it
 */
public record ObservedLock(String table, LockLevel level, boolean newTable) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if table or level is null
	 * @throws IllegalArgumentException if table is blank
	 */
	public ObservedLock {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(level, "level");
		if (table.isBlank()) {
			throw new IllegalArgumentException("A locked table needs a name");
		}
	}

	/**
	 * The lock as the report shows it.
	 * @return such as {@code ACCESS EXCLUSIVE on orders (blocks reads and writes)} or
	 * {@code ACCESS EXCLUSIVE on users (new table)}
	 */
	@Override
	public String toString() {
		return this.level.sqlName() + " on " + this.table + " (" + (this.newTable ? "new table" : this.level.impact())
				+ ")";
	}

}
