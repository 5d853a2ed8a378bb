package dev.migrations.internal.lint;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.migrations.internal.sql.ddl.TableName;

/**
 * What the database holds before the pending migrations run, as far as the linter asks:
 * tables with their columns, row estimates and not-null checks, and which table each
 * index belongs to. A table that the catalog does not know and that no pending migration
 * creates is still taken to exist (a statement on it would fail otherwise), so an empty
 * catalog makes the linter strict, never lax.
 * <p>
 * Implementations must be thread-safe; {@link JdbcCatalog} reads a database once.
 */
public interface Catalog {

	/**
	 * The schema an unqualified {@code CREATE TABLE} creates its table in (the first
	 * schema of the search path).
	 * @return the schema, such as {@code public}
	 */
	String defaultSchema();

	/**
	 * Looks a table up.
	 * @param name the name as a statement writes it; an unqualified name is resolved
	 * along the search path
	 * @return the table, or empty when unknown
	 */
	Optional<CatalogTable> table(TableName name);

	/**
	 * The table an index belongs to.
	 * @param index the index name as a statement writes it
	 * @return its table, qualified, or empty when unknown
	 */
	Optional<TableName> indexTable(TableName index);

	/**
	 * A catalog that knows no table, with {@code public} as its default schema: every
	 * table not created by the pending set counts as existing.
	 * @return the catalog
	 */
	static Catalog empty() {
		return of(List.of("public"), List.of(), Map.of());
	}

	/**
	 * An in-memory catalog.
	 * @param searchPath the schemas unqualified names are looked up in, in order; the
	 * first is the default schema
	 * @param tables the tables, with qualified names
	 * @param indexes the qualified table of each qualified index name
	 * @return the catalog
	 * @throws IllegalArgumentException if the search path is empty or a name is not
	 * qualified
	 */
	static Catalog of(List<String> searchPath, List<CatalogTable> tables, Map<TableName, TableName> indexes) {
		return new CatalogSnapshot(searchPath, tables, indexes);
	}

}
