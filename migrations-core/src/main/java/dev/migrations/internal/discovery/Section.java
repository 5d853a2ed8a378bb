package dev.migrations.internal.discovery;

import java.util.List;
import java.util.Objects;

import dev.migrations.internal.sql.SqlStatement;

/**
 * One section of a migration (its up or its down).
 *
 * @param sql the section's text, as in the file
 * @param firstLine the 1-based line of the file where the text starts
 * @param statements the statements, with their lines and columns in the file
 */
public record Section(String sql, int firstLine, List<SqlStatement> statements) {

	/**
	 * Copies the list.
	 * @throws IllegalArgumentException if firstLine is not positive
	 */
	public Section {
		Objects.requireNonNull(sql, "sql");
		statements = List.copyOf(statements);
		if (firstLine < 1) {
			throw new IllegalArgumentException("firstLine must be positive: " + firstLine);
		}
	}

}
