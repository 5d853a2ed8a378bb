package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

import javax.sql.DataSource;

import dev.migrations.MigrationException;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.internal.history.HistoryTable;
import dev.migrations.internal.lint.JdbcCatalog;
import dev.migrations.internal.lock.Fence;
import dev.migrations.internal.postgres.PgDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command's work connection: the connection, the resolved history table and what was
 * read of the session when it opened (see {@link Facts}). Behind a pooler, pgjdbc is told
 * not to prepare statements on the server while the migrator holds the connection (a
 * pooler in transaction mode hands each transaction to any server connection, where a
 * prepared statement is missing or already taken). Closing it resets what the run changed
 * (so a pooled connection goes back clean) and returns the connection. Not thread-safe.
 */
final class Session implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Session.class);

	private final Connection connection;

	private final Facts facts;

	private HistoryTable history;

	private boolean timeoutsChanged;

	private final String searchPathSchema;

	private boolean searchPathChanged;

	private final int originalPrepareThreshold;

	Session(Connection connection, Facts facts, MigrationsConfiguration configuration) {
		this.connection = connection;
		this.facts = facts;
		this.history = new HistoryTable(facts.schema(), configuration.table());
		this.searchPathSchema = configuration.schemaOnSearchPath() ? facts.schema() : null;
		this.originalPrepareThreshold = facts.pooled() ? PgDriver.oneShot(connection) : -1;
	}

	/**
	 * Opens a session on a connection of the data source (for the commands that take no
	 * lock: status, lint, plan).
	 */
	static Session open(DataSource dataSource, MigrationsConfiguration configuration) {
		Connection connection;
		try {
			connection = dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not connect to the database: " + ex.getMessage()
					+ " (check the data source, or migrations.url/user/password)", ex);
		}
		try {
			return new Session(connection, Facts.read(connection, configuration), configuration);
		}
		catch (SQLException | RuntimeException ex) {
			closeQuietly(connection);
			throw Facts.unreadable(ex);
		}
	}

	Connection connection() {
		return this.connection;
	}

	/**
	 * The catalog the linter and the planner read: the search path's schemas, or only the
	 * schema put first on it.
	 * @return the catalog
	 */
	JdbcCatalog catalog() {
		return JdbcCatalog.read(this.connection, this.searchPathSchema);
	}

	/**
	 * Puts the configured schema first on the search path for the run, when the
	 * configuration asks for it and the session is the migrator's (connected to
	 * PostgreSQL itself); behind a pooler, {@link #transactionStarted()} does it in each
	 * transaction instead.
	 * @throws MigrationException if PostgreSQL refuses
	 */
	void enterSchema() {
		if (this.searchPathSchema == null || pooled()) {
			return;
		}
		try {
			this.searchPathChanged = true;
			SearchPath.prepend(this.connection, this.searchPathSchema, false);
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not put schema " + this.searchPathSchema + " first on the search_path: "
					+ ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	/**
	 * A transaction started: behind a pooler, the configured schema is put first on its
	 * search path ({@code SET LOCAL}), since the session's may belong to another client.
	 * @throws SQLException if PostgreSQL refuses
	 */
	void transactionStarted() throws SQLException {
		if (this.searchPathSchema != null && pooled()) {
			SearchPath.prepend(this.connection, this.searchPathSchema, true);
		}
	}

	HistoryTable history() {
		return this.history;
	}

	/**
	 * From now on, history writes change nothing unless the lock is still held.
	 * @param fence the lock's fence
	 */
	void fence(Fence fence) {
		this.history = this.history.fenced(fence);
	}

	Facts facts() {
		return this.facts;
	}

	int serverVersion() {
		return this.facts.serverVersion();
	}

	String user() {
		return this.facts.user();
	}

	String database() {
		return this.facts.database();
	}

	/**
	 * Whether a pooler stands between the migrator and PostgreSQL, so that session state
	 * cannot be relied on between transactions.
	 * @return whether it does
	 */
	boolean pooled() {
		return this.facts.pooled();
	}

	void markTimeoutsChanged() {
		this.timeoutsChanged = true;
	}

	int backendPid() {
		return this.facts.backendPid();
	}

	String originalLockTimeout() {
		return this.facts.lockTimeout();
	}

	String originalStatementTimeout() {
		return this.facts.statementTimeout();
	}

	@Override
	public void close() {
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
				this.connection.setAutoCommit(true);
			}
			// put back only what the runner changed: a pool's own session settings
			// (search_path, say) stay
			if (this.timeoutsChanged) {
				Timeouts.set(this.connection, this.facts.lockTimeout(), this.facts.statementTimeout(), false);
			}
			if (this.searchPathChanged) {
				SearchPath.restore(this.connection, this.facts.searchPath());
			}
			PgDriver.restore(this.connection, this.originalPrepareThreshold);
		}
		catch (SQLException ex) {
			logger.debug("Could not reset the migration session", ex);
		}
		finally {
			closeQuietly(this.connection);
		}
	}

	static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close the migration connection", ex);
		}
	}

	/**
	 * What a session reads of itself when it opens.
	 *
	 * @param schema the history table's schema: the configured one, or the current one
	 * @param serverVersion {@code server_version_num}
	 * @param backendPid {@code pg_backend_pid()}: the server's process (behind a pooler
	 * in transaction mode, only the one that answered this query)
	 * @param lockTimeout the session's own {@code lock_timeout}
	 * @param statementTimeout the session's own {@code statement_timeout}
	 * @param user {@code current_user}
	 * @param database {@code current_database()}
	 * @param pooled whether a pooler stands in between: the driver's backend key is not
	 * the server's pid (known with pgjdbc; taken as no with another driver)
	 * @param prepareThreshold pgjdbc's {@code prepareThreshold} of the connection, or -1
	 * with another driver
	 * @param searchPath the session's own {@code search_path}
	 */
	record Facts(String schema, int serverVersion, int backendPid, String lockTimeout, String statementTimeout,
			String user, String database, boolean pooled, int prepareThreshold, String searchPath) {

		static Facts read(Connection connection, MigrationsConfiguration configuration) throws SQLException {
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement();
					ResultSet row = statement
						.executeQuery("SELECT current_schema(), current_setting('server_version_num')::int, "
								+ "pg_backend_pid(), current_setting('lock_timeout'), current_setting('statement_timeout'), "
								+ "current_user, current_database(), current_setting('search_path')")) {
				row.next();
				String schema = (configuration.schema() != null) ? configuration.schema() : row.getString(1);
				if (schema == null) {
					throw new MigrationException("The connection has no current schema (no schema of its search_path "
							+ "exists): set migrations.schema");
				}
				int pid = row.getInt(3);
				OptionalInt driverPid = PgDriver.backendPid(connection);
				return new Facts(schema, row.getInt(2), pid, row.getString(4), row.getString(5), row.getString(6),
						row.getString(7), driverPid.isPresent() && driverPid.getAsInt() != pid,
						PgDriver.prepareThreshold(connection).orElse(-1), row.getString(8));
			}
		}

		static MigrationException unreadable(Exception ex) {
			if (ex instanceof MigrationException migrationException) {
				return migrationException;
			}
			return new MigrationException("Could not read the session's schema and server version: " + ex.getMessage(),
					ex);
		}

	}

}
