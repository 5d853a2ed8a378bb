package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import dev.migrations.MigrationException;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.history.BaselineRecorder;
import dev.migrations.internal.history.FlywayImport;
import dev.migrations.internal.history.History;
import dev.migrations.internal.postgres.SingleValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the history ready for a changing command. On the first run it creates our history
 * table and, in the same transaction, records what it takes over — Flyway's history, or a
 * baseline — so that a crash leaves either nothing or everything. Runs under the
 * migration lock. Stateless.
 */
final class HistorySetup {

	private static final Logger logger = LoggerFactory.getLogger(HistorySetup.class);

	private final MigrationsConfiguration configuration;

	HistorySetup(MigrationsConfiguration configuration) {
		this.configuration = configuration;
	}

	History prepare(RunScope scope, MigrationSet migrations) {
		Connection connection = scope.connection();
		try {
			if (!scope.history().exists(connection)) {
				// a first run: every file is pending, so every file is split before
				// anything, the history table included, is created
				createHistory(scope, migrations.parsed());
			}
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not create the history table " + scope.history().qualifiedName() + ": "
					+ ex.getMessage() + " (SQLState " + ex.getSQLState() + "); check the role's rights, "
					+ "or set the schema setting or the createSchema setting", ex);
		}
		// it exists now: one query reads it
		try {
			return scope.history().readExisting(connection);
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not read the history table " + scope.history().qualifiedName() + ": "
					+ ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	private void createHistory(RunScope scope, MigrationSet migrations) throws SQLException {
		Connection connection = scope.connection();
		connection.setAutoCommit(false);
		try {
			scope.history().create(connection, this.configuration.createSchema());
			String flywayTable = scope.history().sibling(this.configuration.flywayHistoryTable());
			if (exists(connection, flywayTable)) {
				Placeholders placeholders = scope.placeholders(this.configuration);
				String flywayName = this.configuration.flywayHistoryTable();
				FlywayImport.importHistory(connection, scope.history(), flywayTable, migrations,
						(script, text) -> placeholders.asFlywayReplaced(script, text, flywayName));
			}
			else if (this.configuration.baselineVersion() != null) {
				int count = BaselineRecorder.record(connection, scope.history(), migrations,
						this.configuration.baselineVersion(), Map.of());
				logger.info("Baseline {}: {} migration(s) at or below it recorded as applied without running",
						this.configuration.baselineVersion(), count);
			}
			connection.commit();
		}
		finally {
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		return SingleValue.query(connection, Boolean.class, "SELECT to_regclass(?) IS NOT NULL", table);
	}

}
