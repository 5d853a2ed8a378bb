package dev.migrations.internal.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.sql.DataSource;

import dev.migrations.MigrationException;
import dev.migrations.internal.postgres.SingleValue;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.TableLock;

/**
 * What verify reads from one database, on connections of its own: its name, the scope of
 * the snapshots (the current schema unless told otherwise), and at each step of a
 * migration the {@link State}: schema snapshot, row counts of the tables it names, and
 * which table each oid is.
 * <p>
 * Thread-safe; each call opens and closes its own connection.
 */
public final class DatabaseProbe {

	private final DataSource dataSource;

	private final List<String> schemas;

	private final String historySchema;

	private final String historyTable;

	/**
	 * Creates a probe.
	 * @param dataSource the database
	 * @param schemas the schemas to snapshot, or none for the current schema
	 * @param historySchema the history table's schema, or {@code null} for the current
	 * schema
	 * @param historyTable the history table's name
	 */
	public DatabaseProbe(DataSource dataSource, List<String> schemas, String historySchema, String historyTable) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.schemas = List.copyOf(schemas);
		this.historySchema = historySchema;
		this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
	}

	/**
	 * The database's name and the scope of its snapshots.
	 * @return the name ({@code current_database()}) and the resolved scope
	 * @throws MigrationException if the database cannot be reached, or there is no
	 * current schema to default to
	 */
	public Target target() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT current_database(), current_schema()")) {
			rows.next();
			String current = rows.getString(2);
			if (current == null && (this.schemas.isEmpty() || this.historySchema == null)) {
				throw new MigrationException("Database " + rows.getString(1) + " has no current schema (the "
						+ "search_path names none that exists): set the schemas setting and the schema setting");
			}
			List<String> scope = this.schemas.isEmpty() ? List.of(current) : this.schemas;
			String history = (this.historySchema != null) ? this.historySchema : current;
			return new Target(rows.getString(1), new Scope(scope, history, this.historyTable));
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not read the database's name: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads the state of the database: snapshot, row counts and table names.
	 * @param scope what to snapshot
	 * @param tables the table names to count rows of, as written in the migration; names
	 * that are not tables of the scope now are left out
	 * @return the state
	 * @throws MigrationException if a query fails
	 */
	public State capture(Scope scope, Collection<String> tables) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			SchemaSnapshot snapshot = new SnapshotReader(scope).read(connection);
			Map<Long, String> names = tableNames(connection, scope);
			return new State(snapshot, countRows(connection, tables, names), names);
		}
		catch (SQLException ex) {
			throw new MigrationException(
					"Could not read the schema: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	/**
	 * Starts watching the locks of the next migration.
	 * @param scope where the history table is, which gates the migration
	 * @return the running sampler
	 * @throws MigrationException if no connection can be opened
	 */
	public LockSampler sampleLocks(Scope scope) {
		return LockSampler.start(this.dataSource, quote(scope.historySchema()) + "." + quote(scope.historyTable()));
	}

	/**
	 * Names the sampled locks after the tables they were on, before the migration if the
	 * table existed then, else after it; locks on other relations (indexes, sequences,
	 * catalogs, other schemas) are left out.
	 * @param locks the strongest level per relation oid
	 * @param before the state before the migration
	 * @param after the state after it
	 * @return the locks, sorted by table
	 */
	public static List<TableLock> tableLocks(Map<Long, LockLevel> locks, State before, State after) {
		Map<String, TableLock> byTable = new TreeMap<>();
		locks.forEach((oid, level) -> {
			String table = before.tables().getOrDefault(oid, after.tables().get(oid));
			if (table != null) {
				byTable.merge(table, new TableLock(table, level, !before.tables().containsKey(oid)),
						(a, b) -> new TableLock(table, a.level().max(b.level()), a.newTable()));
			}
		});
		return List.copyOf(byTable.values());
	}

	private static Map<Long, String> tableNames(Connection connection, Scope scope) throws SQLException {
		Map<Long, String> names = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(CatalogQueries.TABLE_NAMES)) {
			statement.setArray(1, connection.createArrayOf("text", scope.schemas().toArray()));
			statement.setString(2, scope.historySchema());
			statement.setString(3, scope.historyTable());
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					names.put(rows.getLong(1), scope.display(rows.getString(2), rows.getString(3)));
				}
			}
		}
		return names;
	}

	private static Map<String, Long> countRows(Connection connection, Collection<String> tables,
			Map<Long, String> names) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			long oid = oidOf(connection, table);
			String name = names.get(oid);
			if (name != null && !counts.containsKey(name)) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + regclass(connection, oid))) {
					rows.next();
					counts.put(name, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private static long oidOf(Connection connection, String table) {
		try {
			Long oid = SingleValue.query(connection, Long.class, "SELECT to_regclass(?)::oid", table);
			return (oid != null) ? oid : 0;
		}
		catch (SQLException ex) {
			// not a name PostgreSQL accepts (a word that only looked like a table name)
			return 0;
		}
	}

	private static String regclass(Connection connection, long oid) throws SQLException {
		return SingleValue.query(connection, String.class, "SELECT ?::oid::regclass::text", oid);
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/**
	 * The database verify runs against.
	 *
	 * @param database the database's name
	 * @param scope what its snapshots cover
	 */
	public record Target(String database, Scope scope) {

		/**
		 * Validates the values.
		 * @throws NullPointerException if a value is null
		 */
		public Target {
			Objects.requireNonNull(database, "database");
			Objects.requireNonNull(scope, "scope");
		}

	}

	/**
	 * The database at one step of a migration's verification.
	 *
	 * @param snapshot the schema
	 * @param rows the row count of each table the migration names that exists now, by
	 * display name
	 * @param tables the display name of each table of the scope, by oid
	 */
	public record State(SchemaSnapshot snapshot, Map<String, Long> rows, Map<Long, String> tables) {

		/**
		 * Validates and copies the values.
		 * @throws NullPointerException if a value is null
		 */
		public State {
			Objects.requireNonNull(snapshot, "snapshot");
			rows = Map.copyOf(rows);
			tables = Map.copyOf(tables);
		}

	}

}
