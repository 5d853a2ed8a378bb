package dev.migrations.internal.discovery;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrations.internal.sql.SqlStatement;

/**
 * One section of a migration (its up or its down).
 *
 * @param sql the section's text, as in the file
 * @param firstLine the 1-based line of the file where the text starts
 * @param statements the statements, with their lines and columns in the file
 * @param batches the batched statements: index in {@code statements} → how to walk it
 */
public record Section(String sql, int firstLine, List<SqlStatement> statements, Map<Integer, BatchSpec> batches) {

	/**
	 * Copies the list.
	 * @throws IllegalArgumentException if firstLine is not positive
	 */
	public Section {
		Objects.requireNonNull(sql, "sql");
		statements = List.copyOf(statements);
		batches = Map.copyOf(batches);
		if (firstLine < 1) {
			throw new IllegalArgumentException("firstLine must be positive: " + firstLine);
		}
	}

	/**
	 * A section without batched statements.
	 * @param sql the section's text
	 * @param firstLine the 1-based line where it starts
	 * @param statements its statements
	 */
	public Section(String sql, int firstLine, List<SqlStatement> statements) {
		this(sql, firstLine, statements, Map.of());
	}

	/**
	 * Whether a statement of this section is batched.
	 * @param index the statement's index
	 * @return the batch, or {@code null}
	 */
	public BatchSpec batch(int index) {
		return this.batches.get(index);
	}

}
