package dev.migrations.internal.sql.ddl;

import java.util.Objects;

/**
 * The name of a table (or index) as a statement or the catalog gives it: identifiers
 * already folded (unquoted ones to lower case), the schema only when written.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param schema the schema, or {@code null} when the name is not qualified
 * @param name the table's name
 */
public record TableName(String schema, String name) {

	private static final String SOFT_DELETE_PREFIX = "_";

	private static final String SOFT_DELETE_SUFFIX = "_deprecated";

	/**
	 * Validates the values.
	 * @throws NullPointerException if name is null
	 * @throws IllegalArgumentException if name (or a given schema) is empty
	 */
	public TableName {
		Objects.requireNonNull(name, "name");
		if (name.isEmpty() || (schema != null && schema.isEmpty())) {
			throw new IllegalArgumentException("A table name must not be empty");
		}
	}

	/**
	 * A name from plain text, such as {@code orders} or {@code public.orders}; no
	 * quoting.
	 * @param text the name
	 * @return the name
	 * @throws IllegalArgumentException if the text is empty or has an empty part
	 */
	public static TableName of(String text) {
		int dot = text.lastIndexOf('.');
		return (dot < 0) ? new TableName(null, text) : new TableName(text.substring(0, dot), text.substring(dot + 1));
	}

	/**
	 * The same name in a schema, for a name written without one.
	 * @param defaultSchema the schema to use when none is written
	 * @return a qualified name
	 */
	public TableName qualifiedIn(String defaultSchema) {
		return (this.schema != null) ? this : new TableName(defaultSchema, this.name);
	}

	/**
	 * Whether this is the guide's soft-deleted name, such as
	 * {@code _legacy_events_deprecated}.
	 * @return {@code true} for {@code _<something>_deprecated}
	 */
	public boolean isSoftDeleted() {
		return this.name.startsWith(SOFT_DELETE_PREFIX) && this.name.endsWith(SOFT_DELETE_SUFFIX)
				&& this.name.length() > SOFT_DELETE_PREFIX.length() + SOFT_DELETE_SUFFIX.length();
	}

	/**
	 * The guide's soft-deleted name for this table.
	 * @return such as {@code _legacy_events_deprecated}
	 */
	public String softDeletedName() {
		return SOFT_DELETE_PREFIX + this.name + SOFT_DELETE_SUFFIX;
	}

	/**
	 * The name for SQL text, each part quoted so that case, keywords and odd characters
	 * survive: {@code "public"."Orders"}.
	 * @return the quoted name
	 */
	public String sql() {
		return (this.schema != null) ? quote(this.schema) + "." + quote(this.name) : quote(this.name);
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/**
	 * The name as written, such as {@code public.orders}.
	 * @return the name
	 */
	@Override
	public String toString() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name;
	}

}
