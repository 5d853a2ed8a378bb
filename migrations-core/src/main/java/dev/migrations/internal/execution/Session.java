package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.MigrationException;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.internal.history.HistoryTable;

/**
 * One command's connection to the database: the work connection, the resolved history
 * table and the server version. Closing it resets what migrations changed in the session
 * (so a pooled connection goes back clean) and returns the connection. Not thread-safe.
 */
final class Session implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Session.class);

	private final Connection connection;

	private final HistoryTable history;

	private final int serverVersion;

	private final int backendPid;

	private boolean timeoutsChanged;

	private final String originalLockTimeout;

	private final String originalStatementTimeout;

	private final String user;

	private final String database;

	private Session(Connection connection, HistoryTable history, int[] numbers, String[] timeouts) {
		this.connection = connection;
		this.history = history;
		this.serverVersion = numbers[0];
		this.backendPid = numbers[1];
		this.originalLockTimeout = timeouts[0];
		this.originalStatementTimeout = timeouts[1];
		this.user = timeouts[2];
		this.database = timeouts[3];
	}

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
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement();
					ResultSet row = statement
						.executeQuery("SELECT current_schema(), current_setting('server_version_num')::int, "
								+ "pg_backend_pid(), current_setting('lock_timeout'), current_setting('statement_timeout'), "
								+ "current_user, current_database()")) {
				row.next();
				String schema = (configuration.schema() != null) ? configuration.schema() : row.getString(1);
				if (schema == null) {
					throw new MigrationException("The connection has no current schema (no schema of its search_path "
							+ "exists): set migrations.schema");
				}
				return new Session(connection, new HistoryTable(schema, configuration.table()),
						new int[] { row.getInt(2), row.getInt(3) },
						new String[] { row.getString(4), row.getString(5), row.getString(6), row.getString(7) });
			}
		}
		catch (SQLException | RuntimeException ex) {
			closeQuietly(connection);
			if (ex instanceof MigrationException migrationException) {
				throw migrationException;
			}
			throw new MigrationException("Could not read the session's schema and server version: " + ex.getMessage(),
					ex);
		}
	}

	Connection connection() {
		return this.connection;
	}

	HistoryTable history() {
		return this.history;
	}

	int serverVersion() {
		return this.serverVersion;
	}

	String user() {
		return this.user;
	}

	String database() {
		return this.database;
	}

	void timeoutsChanged() {
		this.timeoutsChanged = true;
	}

	int backendPid() {
		return this.backendPid;
	}

	String originalLockTimeout() {
		return this.originalLockTimeout;
	}

	String originalStatementTimeout() {
		return this.originalStatementTimeout;
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
				Timeouts.set(this.connection, this.originalLockTimeout, this.originalStatementTimeout, false);
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not reset the migration session", ex);
		}
		finally {
			closeQuietly(this.connection);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close the migration connection", ex);
		}
	}

}
