package dev.migrations.internal.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * What a snapshot covers: some schemas, less the history table.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param schemas the schemas, as stored in the catalog (not quoted); at least one
 * @param historySchema the history table's schema
 * @param historyTable the history table's name
 */
public record Scope(List<String> schemas, String historySchema, String historyTable) {

	/**
	 * Validates and copies the values.
	 * @throws NullPointerException if a value is null
	 * @throws IllegalArgumentException if there is no schema
	 */
	public Scope {
		schemas = List.copyOf(schemas);
		if (schemas.isEmpty()) {
			throw new IllegalArgumentException("A snapshot needs at least one schema");
		}
		Objects.requireNonNull(historySchema, "historySchema");
		Objects.requireNonNull(historyTable, "historyTable");
	}

	/**
	 * The display name of an object of a schema: qualified only when the scope has
	 * several schemas, so that the usual single-schema case reads {@code orders}.
	 * @param schema the quoted schema name
	 * @param name the quoted object name
	 * @return the display name
	 */
	public String display(String schema, String name) {
		return (this.schemas.size() > 1) ? schema + "." + name : name;
	}

}
