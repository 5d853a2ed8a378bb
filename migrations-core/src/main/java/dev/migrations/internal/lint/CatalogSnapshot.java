package dev.migrations.internal.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.migrations.internal.sql.ddl.TableName;

/**
 * A {@link Catalog} held in memory, resolving unqualified names along a search path.
 * <p>
 * Immutable and thread-safe.
 */
final class CatalogSnapshot implements Catalog {

	private final List<String> searchPath;

	private final Map<TableName, CatalogTable> tables = new HashMap<>();

	private final Map<TableName, TableName> indexes;

	CatalogSnapshot(List<String> searchPath, List<CatalogTable> tables, Map<TableName, TableName> indexes) {
		if (searchPath.isEmpty()) {
			throw new IllegalArgumentException("A catalog needs at least one schema in its search path");
		}
		this.searchPath = List.copyOf(searchPath);
		for (CatalogTable table : tables) {
			this.tables.put(table.name(), table);
		}
		for (TableName index : indexes.keySet()) {
			if (index.schema() == null) {
				throw new IllegalArgumentException("A catalog index has a qualified name, got " + index);
			}
		}
		this.indexes = Map.copyOf(indexes);
	}

	@Override
	public String defaultSchema() {
		return this.searchPath.get(0);
	}

	@Override
	public Optional<CatalogTable> table(TableName name) {
		return resolve(name, this.tables);
	}

	@Override
	public Optional<TableName> indexTable(TableName index) {
		return resolve(index, this.indexes);
	}

	private <T> Optional<T> resolve(TableName name, Map<TableName, T> map) {
		if (name.schema() != null) {
			return Optional.ofNullable(map.get(name));
		}
		for (String schema : this.searchPath) {
			T found = map.get(new TableName(schema, name.name()));
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

}
