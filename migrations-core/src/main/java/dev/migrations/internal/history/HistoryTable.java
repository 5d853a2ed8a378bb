package dev.migrations.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import dev.migrations.LockException;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.RegisteredJavaMigration;
import dev.migrations.internal.discovery.RepeatableScript;
import dev.migrations.internal.lock.Fence;
import dev.migrations.internal.postgres.SingleValue;

/**
 * Reads and writes the history table. Identifiers are validated by the configuration and
 * quoted here. Every method works on the connection it is given and neither commits nor
 * closes it. A table {@link #fenced(Fence) fenced} by the migration lock records a
 * migration's progress only while the lock is held: the write's own statement checks
 * {@code pg_locks}, so a migrator that lost its lock (its lock connection ended, say, by
 * a pooler) writes nothing, and fails, in the very transaction that would have recorded
 * it. Immutable and thread-safe.
 */
public final class HistoryTable {

	private final String schema;

	private final String qualifiedName;

	private final Fence fence;

	/**
	 * Creates the accessor.
	 * @param schema the schema (already resolved, never {@code null})
	 * @param table the table name
	 */
	public HistoryTable(String schema, String table) {
		this(schema, quote(schema) + "." + quote(table), null);
	}

	private HistoryTable(String schema, String qualifiedName, Fence fence) {
		this.schema = schema;
		this.qualifiedName = qualifiedName;
		this.fence = fence;
	}

	/**
	 * The same table, its progress records conditional on the migration lock.
	 * @param fence the held lock's fence
	 * @return the fenced table
	 */
	public HistoryTable fenced(Fence fence) {
		return new HistoryTable(this.schema, this.qualifiedName, fence);
	}

	private String guard() {
		return (this.fence != null) ? " AND " + this.fence.condition() : "";
	}

	private void write(PreparedStatement statement) throws SQLException {
		if (statement.executeUpdate() == 0 && this.fence != null) {
			throw new LockException(LockException.Kind.LOST, "Lost the migration lock on " + this.qualifiedName
					+ ": backend " + this.fence.pid()
					+ " no longer holds it, so nothing more was recorded and this transaction "
					+ "was rolled back. Run migrate again: another migrator may have taken over. Behind a pooler, "
					+ "check that it ends no transaction idle for a few seconds (PgBouncer idle_transaction_timeout)");
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	/**
	 * The schema, unquoted.
	 * @return the schema
	 */
	public String schema() {
		return this.schema;
	}

	/**
	 * The quoted, schema-qualified name of another table of the same schema.
	 * @param table the table name
	 * @return the qualified name
	 */
	public String sibling(String table) {
		return quote(this.schema) + "." + quote(table);
	}

	/**
	 * The schema-qualified, quoted table name.
	 * @return the name
	 */
	public String qualifiedName() {
		return this.qualifiedName;
	}

	/**
	 * Creates the schema (when asked) and the table if they do not exist. Call it under
	 * the migration lock.
	 * @param connection a connection in autocommit
	 * @param createSchema whether to create the schema
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void create(Connection connection, boolean createSchema) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			// CREATE SCHEMA IF NOT EXISTS needs CREATE on the database even when the
			// schema
			// exists: ask first, so a migration role without that right works in an
			// existing one
			if (createSchema && !schemaExists(connection)) {
				statement.execute("CREATE SCHEMA IF NOT EXISTS " + quote(this.schema));
			}
			statement.execute("CREATE TABLE IF NOT EXISTS " + this.qualifiedName + " ("
					+ "version text PRIMARY KEY, description text NOT NULL, script text NOT NULL, "
					+ "checksum text NOT NULL, down_sql text, down_line integer NOT NULL DEFAULT 1, "
					+ "applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT current_user, "
					+ "execution_time_ms bigint NOT NULL DEFAULT 0, "
					+ "state text NOT NULL DEFAULT 'applied' CHECK (state IN ('applied', 'partial')), "
					+ "statements_done integer NOT NULL DEFAULT 0, batch_position bigint, "
					+ "kind text NOT NULL DEFAULT 'versioned' CHECK (kind IN ('versioned', 'repeatable')), "
					+ "flyway_checksum integer, origin text)");
		}
	}

	private boolean schemaExists(Connection connection) throws SQLException {
		return SingleValue.query(connection, Boolean.class,
				"SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", this.schema);
	}

	/**
	 * Whether the table exists.
	 * @param connection a connection
	 * @return whether it exists
	 * @throws SQLException if PostgreSQL refuses
	 */
	public boolean exists(Connection connection) throws SQLException {
		return HistoryReader.exists(connection, this.qualifiedName);
	}

	/**
	 * Every row, or none when the table does not exist.
	 * @param connection a connection
	 * @return the rows, in version order
	 * @throws SQLException if PostgreSQL refuses
	 */
	public History read(Connection connection) throws SQLException {
		return HistoryReader.read(connection, this.qualifiedName);
	}

	/**
	 * Every row of a table known to exist: one query.
	 * @param connection a connection
	 * @return the rows, in version order
	 * @throws SQLException if PostgreSQL refuses (the table does not exist, say)
	 */
	public History readExisting(Connection connection) throws SQLException {
		return HistoryReader.readExisting(connection, this.qualifiedName);
	}

	/**
	 * Records a repeatable migration as applied, replacing its earlier record.
	 * @param connection the migration's connection, in its transaction
	 * @param repeatable what was applied
	 * @param executionTime how long it took
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void recordRepeatable(Connection connection, RepeatableScript repeatable, Duration executionTime)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.qualifiedName
				+ " (version, description, script, checksum, execution_time_ms, kind) SELECT ?, ?, ?, ?, ?, 'repeatable'"
				+ " WHERE true" + guard()
				+ " ON CONFLICT (version) DO UPDATE SET script = excluded.script, checksum = excluded.checksum, "
				+ "execution_time_ms = excluded.execution_time_ms, applied_at = now(), applied_by = current_user, "
				+ "flyway_checksum = NULL")) {
			statement.setString(1, RepeatableRow.KEY_PREFIX + repeatable.description());
			statement.setString(2, repeatable.description());
			statement.setString(3, repeatable.script());
			statement.setString(4, repeatable.checksum());
			statement.setLong(5, executionTime.toMillis());
			write(statement);
		}
	}

	/**
	 * Records a repeatable migration as applied without running it (taken over from
	 * Flyway).
	 * @param connection the connection, in the import's transaction
	 * @param row the row to record
	 * @param origin where it came from
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void insertRecordedRepeatable(Connection connection, RepeatableRow row, String origin) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.qualifiedName
				+ " (version, description, script, checksum, applied_at, applied_by, kind, flyway_checksum, origin) "
				+ "VALUES (?, ?, ?, ?, ?, ?, 'repeatable', ?, ?)")) {
			statement.setString(1, RepeatableRow.KEY_PREFIX + row.description());
			statement.setString(2, row.description());
			statement.setString(3, row.script());
			statement.setString(4, row.checksum());
			statement.setObject(5, row.appliedAt());
			statement.setString(6, row.appliedBy());
			statement.setObject(7, row.flywayChecksum(), java.sql.Types.INTEGER);
			statement.setString(8, origin);
			statement.executeUpdate();
		}
	}

	/**
	 * Records a migration as applied without running it: taken over from Flyway's
	 * history, or at or below the baseline version.
	 * @param connection the connection, in the import's transaction
	 * @param row the row to record
	 * @param kind {@code versioned} or {@code repeatable}
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void insertRecorded(Connection connection, HistoryRow row, String kind) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.qualifiedName
				+ " (version, description, script, checksum, down_sql, down_line, applied_at, applied_by, "
				+ "execution_time_ms, kind, flyway_checksum, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			statement.setString(1, row.version().text());
			statement.setString(2, row.description());
			statement.setString(3, row.script());
			statement.setString(4, row.checksum());
			statement.setString(5, row.downSql());
			statement.setInt(6, row.downLine());
			statement.setObject(7, row.appliedAt());
			statement.setString(8, row.appliedBy());
			statement.setLong(9, row.executionTime().toMillis());
			statement.setString(10, kind);
			statement.setObject(11, row.flywayChecksum(), java.sql.Types.INTEGER);
			statement.setString(12, row.origin());
			statement.executeUpdate();
		}
	}

	/**
	 * Records a migration as applied (inside its own transaction, for a transactional
	 * one).
	 * @param connection the migration's connection
	 * @param script the migration
	 * @param executionTime how long it took
	 * @throws SQLException if PostgreSQL refuses (for example, another migrator recorded
	 * it first)
	 */
	public void insertApplied(Connection connection, MigrationScript script, Duration executionTime)
			throws SQLException {
		insert(connection, Entry.of(script), "applied", executionTime);
	}

	/**
	 * Records the start of a non-transactional migration, with no statement done yet.
	 * @param connection a connection in autocommit
	 * @param script the migration
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void insertPartial(Connection connection, MigrationScript script) throws SQLException {
		insert(connection, Entry.of(script), "partial", Duration.ZERO);
	}

	/**
	 * Records a Java migration as applied, or, when it runs in autocommit, as started:
	 * its class name as the script, and {@code -- migrate:java <class name>} as its down.
	 * @param connection the migration's connection
	 * @param java the migration
	 * @param partial whether it is only starting
	 * @param executionTime how long it took
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void insertJava(Connection connection, RegisteredJavaMigration java, boolean partial, Duration executionTime)
			throws SQLException {
		insert(connection,
				new Entry(java.version(), java.description(), java.script(), java.checksum(), java.downMarker(), 1),
				partial ? "partial" : "applied", executionTime);
	}

	private void insert(Connection connection, Entry entry, String state, Duration executionTime) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + this.qualifiedName
				+ " (version, description, script, checksum, down_sql, down_line, execution_time_ms, state) "
				+ "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE true" + guard())) {
			statement.setString(1, entry.version().text());
			statement.setString(2, entry.description());
			statement.setString(3, entry.script());
			statement.setString(4, entry.checksum());
			statement.setString(5, entry.downSql());
			statement.setInt(6, entry.downLine());
			statement.setLong(7, executionTime.toMillis());
			statement.setString(8, state);
			write(statement);
		}
	}

	private record Entry(Version version, String description, String script, String checksum, String downSql,
			int downLine) {

		static Entry of(MigrationScript script) {
			return new Entry(script.version(), script.description(), script.script(), script.checksum(),
					script.downText(), script.downLine());
		}

	}

	/**
	 * Records how many statements of a non-transactional migration completed, and, when
	 * all did, marks it applied.
	 * @param connection a connection in autocommit
	 * @param version the migration's version
	 * @param statementsDone how many statements completed
	 * @param finished whether that was the last one
	 * @param executionTime how long the statements took so far
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void recordProgress(Connection connection, Version version, int statementsDone, boolean finished,
			Duration executionTime) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("UPDATE " + this.qualifiedName
				+ " SET statements_done = ?, state = ?, batch_position = NULL, execution_time_ms = execution_time_ms + ?"
				+ (finished ? ", applied_at = now()" : "") + " WHERE version = ?" + guard())) {
			statement.setInt(1, statementsDone);
			statement.setString(2, finished ? "applied" : "partial");
			statement.setLong(3, executionTime.toMillis());
			statement.setString(4, version.text());
			write(statement);
		}
	}

	/**
	 * Records the last key of a committed batch, inside that batch's transaction, so a
	 * batch is never counted without its rows or run twice.
	 * @param connection the batch's connection, in its transaction
	 * @param version the migration's version
	 * @param position the batch's last key
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void recordBatch(Connection connection, Version version, long position) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("UPDATE " + this.qualifiedName + " SET batch_position = ? WHERE version = ?" + guard())) {
			statement.setLong(1, position);
			statement.setString(2, version.text());
			write(statement);
		}
	}

	/**
	 * Removes a migration's row (undo).
	 * @param connection the undo's connection
	 * @param version the version, as recorded
	 * @throws SQLException if PostgreSQL refuses
	 */
	public void delete(Connection connection, Version version) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("DELETE FROM " + this.qualifiedName + " WHERE version = ?" + guard())) {
			statement.setString(1, version.text());
			write(statement);
		}
	}

}
