package dev.migrations.internal.lint;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.migrations.MigrationException;
import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.ddl.Constraint;
import dev.migrations.internal.sql.ddl.TableName;

/**
 * The {@link Catalog} of a live PostgreSQL database, read once, in five read-only
 * queries, when it is created: the ordinary and partitioned tables of the search path (or
 * of one schema) with their columns and {@code reltuples} estimates, their
 * {@code CHECK (c IS NOT NULL)} constraints, their primary and unique keys, and their
 * indexes. Nothing is locked but the catalog rows being read.
 * <p>
 * Immutable and thread-safe once read.
 */
public final class JdbcCatalog implements Catalog {

	private static final String TABLES = """
			SELECT n.nspname, c.relname, c.reltuples, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
			FROM pg_class c
			JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
			WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname = ANY (?)
			ORDER BY n.nspname, c.relname, a.attnum""";

	private static final String CHECKS = """
			SELECT n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid), k.convalidated
			FROM pg_constraint k
			JOIN pg_class c ON c.oid = k.conrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE k.contype = 'c' AND n.nspname = ANY (?)""";

	private static final String INDEXES = """
			SELECT ni.nspname, i.relname, nt.nspname, t.relname
			FROM pg_index x
			JOIN pg_class i ON i.oid = x.indexrelid
			JOIN pg_namespace ni ON ni.oid = i.relnamespace
			JOIN pg_class t ON t.oid = x.indrelid
			JOIN pg_namespace nt ON nt.oid = t.relnamespace
			WHERE ni.nspname = ANY (?)""";

	private static final String UNIQUE_KEYS = """
			SELECT n.nspname, c.relname, array_agg(a.attname::text ORDER BY k.ord)
			FROM pg_index x
			JOIN pg_class c ON c.oid = x.indrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
			JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
			WHERE x.indisunique AND x.indisvalid AND x.indpred IS NULL AND x.indexprs IS NULL
			AND k.ord <= x.indnkeyatts AND n.nspname = ANY (?)
			GROUP BY n.nspname, c.relname, x.indexrelid""";

	private final Catalog snapshot;

	private JdbcCatalog(Catalog snapshot) {
		this.snapshot = snapshot;
	}

	/**
	 * Reads the catalog through a connection, which is left open and in the state it was.
	 * @param connection an open connection
	 * @param schema the only schema to read (and the default schema), or {@code null} for
	 * the connection's search path ({@code current_schemas(false)})
	 * @return the catalog
	 * @throws MigrationException if a query fails
	 */
	public static JdbcCatalog read(Connection connection, String schema) {
		try {
			List<String> searchPath = (schema != null) ? List.of(schema) : searchPath(connection);
			Array schemas = connection.createArrayOf("text", searchPath.toArray());
			Map<TableName, Table> tables = tables(connection, schemas);
			checks(connection, schemas, tables);
			uniqueKeys(connection, schemas, tables);
			Map<TableName, TableName> indexes = indexes(connection, schemas);
			List<CatalogTable> read = tables.values().stream().map(Table::toCatalogTable).toList();
			return new JdbcCatalog(Catalog.of(searchPath, read, indexes));
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not read the catalog for the linter: " + ex.getMessage() + " (SQLState "
					+ ex.getSQLState() + ")", ex);
		}
	}

	private static List<String> searchPath(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT current_schemas(false)")) {
			List<String> schemas = new ArrayList<>();
			if (row.next() && row.getArray(1) != null) {
				for (Object schema : (Object[]) row.getArray(1).getArray()) {
					schemas.add((String) schema);
				}
			}
			// A search path naming no existing schema still creates nothing anywhere else
			return schemas.isEmpty() ? List.of("public") : schemas;
		}
	}

	private static Map<TableName, Table> tables(Connection connection, Array schemas) throws SQLException {
		Map<TableName, Table> tables = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
			statement.setArray(1, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					TableName name = new TableName(rows.getString(1), rows.getString(2));
					// reltuples is -1 before the first VACUUM or ANALYZE (PostgreSQL
					// 14+), 0 before
					long estimate = (long) rows.getDouble(3);
					Table table = tables.computeIfAbsent(name, (key) -> new Table(key, estimate));
					table.addColumn(rows);
				}
			}
		}
		return tables;
	}

	private static void checks(Connection connection, Array schemas, Map<TableName, Table> tables) throws SQLException {
		SqlLexer lexer = new SqlLexer();
		try (PreparedStatement statement = connection.prepareStatement(CHECKS)) {
			statement.setArray(1, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					Table table = tables.get(new TableName(rows.getString(1), rows.getString(2)));
					String column = notNullColumn(lexer, rows.getString(4));
					if (table != null && column != null) {
						table.checks.add(new CatalogTable.NotNullCheck(rows.getString(3), column, rows.getBoolean(5)));
					}
				}
			}
		}
	}

	private static void uniqueKeys(Connection connection, Array schemas, Map<TableName, Table> tables)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(UNIQUE_KEYS)) {
			statement.setArray(1, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					Table table = tables.get(new TableName(rows.getString(1), rows.getString(2)));
					if (table != null) {
						table.uniqueKeys.add(Set.copyOf(List.of((String[]) rows.getArray(3).getArray())));
					}
				}
			}
		}
	}

	private static String notNullColumn(SqlLexer lexer, String definition) {
		List<Token> tokens = lexer.tokenize("pg_constraint", definition, 1)
			.stream()
			.filter((token) -> !token.isTrivia())
			.toList();
		return Constraint.notNullColumnOfCheck(tokens);
	}

	private static Map<TableName, TableName> indexes(Connection connection, Array schemas) throws SQLException {
		Map<TableName, TableName> indexes = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
			statement.setArray(1, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					indexes.put(new TableName(rows.getString(1), rows.getString(2)),
							new TableName(rows.getString(3), rows.getString(4)));
				}
			}
		}
		return indexes;
	}

	@Override
	public String defaultSchema() {
		return this.snapshot.defaultSchema();
	}

	@Override
	public Optional<CatalogTable> table(TableName name) {
		return this.snapshot.table(name);
	}

	@Override
	public Optional<TableName> indexTable(TableName index) {
		return this.snapshot.indexTable(index);
	}

	private static final class Table {

		private final TableName name;

		private final long estimatedRows;

		private final Map<String, String> columnTypes = new HashMap<>();

		private final Set<String> notNull = new LinkedHashSet<>();

		private final List<CatalogTable.NotNullCheck> checks = new ArrayList<>();

		private final List<Set<String>> uniqueKeys = new ArrayList<>();

		Table(TableName name, long estimatedRows) {
			this.name = name;
			this.estimatedRows = estimatedRows;
		}

		void addColumn(ResultSet row) throws SQLException {
			String column = row.getString(4);
			if (column != null) {
				this.columnTypes.put(column, row.getString(5));
				if (row.getBoolean(6)) {
					this.notNull.add(column);
				}
			}
		}

		CatalogTable toCatalogTable() {
			return new CatalogTable(this.name, this.estimatedRows, this.columnTypes, this.notNull, this.checks,
					this.uniqueKeys);
		}

	}

}
