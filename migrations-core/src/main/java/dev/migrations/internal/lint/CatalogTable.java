package dev.migrations.internal.lint;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import dev.migrations.internal.sql.ddl.TableName;

/**
 * A table as the catalog describes it.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param name the qualified name
 * @param estimatedRows the planner's row estimate ({@code pg_class.reltuples}), or -1
 * when the table was never analyzed
 * @param columnTypes each column's type as {@code format_type} writes it, such as
 * {@code character varying(100)}
 * @param notNullColumns the columns declared {@code NOT NULL}
 * @param notNullChecks the {@code CHECK (column IS NOT NULL)} constraints
 * @param uniqueKeys the column sets of its primary key and of its valid, non-partial
 * unique constraints and indexes over plain columns: an equality on every column of one
 * of them matches one row at most
 */
public record CatalogTable(TableName name, long estimatedRows, Map<String, String> columnTypes,
		Set<String> notNullColumns, List<NotNullCheck> notNullChecks, List<Set<String>> uniqueKeys) {

	/**
	 * Validates the values and copies the collections.
	 * @throws NullPointerException if a value is null
	 * @throws IllegalArgumentException if the name is not qualified
	 */
	public CatalogTable {
		Objects.requireNonNull(name, "name");
		if (name.schema() == null) {
			throw new IllegalArgumentException("A catalog table has a qualified name, got " + name);
		}
		columnTypes = Map.copyOf(columnTypes);
		notNullColumns = Set.copyOf(notNullColumns);
		notNullChecks = List.copyOf(notNullChecks);
		uniqueKeys = uniqueKeys.stream().map(Set::copyOf).toList();
	}

	/**
	 * A table known only by name, with no estimate and no columns.
	 * @param name the qualified name
	 * @return the table
	 */
	public static CatalogTable named(TableName name) {
		return new CatalogTable(name, -1, Map.of(), Set.of(), List.of(), List.of());
	}

	/**
	 * The row estimate, when the table has been analyzed.
	 * @return the estimate
	 */
	public OptionalLong estimate() {
		return (this.estimatedRows >= 0) ? OptionalLong.of(this.estimatedRows) : OptionalLong.empty();
	}

	/**
	 * A {@code CHECK (column IS NOT NULL)} constraint.
	 *
	 * @param name the constraint's name
	 * @param column the column it proves not null
	 * @param validated whether existing rows have been checked (not {@code NOT VALID})
	 */
	public record NotNullCheck(String name, String column, boolean validated) {

		/**
		 * Validates the values.
		 * @throws NullPointerException if name or column is null
		 */
		public NotNullCheck {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(column, "column");
		}

	}

}
