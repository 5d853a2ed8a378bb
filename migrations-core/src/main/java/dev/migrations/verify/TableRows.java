package dev.migrations.verify;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The row count of one table a migration names, at each step of its verification.
 * {@code null} means the table did not exist at that step (before a migration that
 * creates it, say) or the step did not run.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param table the table
 * @param before the rows before the up
 * @param afterUp the rows after the up
 * @param afterDown the rows after the down
 */
public record TableRows(String table, @Nullable Long before, @Nullable Long afterUp, @Nullable Long afterDown) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if table is null
	 * @throws IllegalArgumentException if a count is negative
	 */
	public TableRows {
		Objects.requireNonNull(table, "table");
		for (Long count : new Long[] { before, afterUp, afterDown }) {
			if (count != null && count < 0) {
				throw new IllegalArgumentException("A row count cannot be negative: " + count);
			}
		}
	}

}
