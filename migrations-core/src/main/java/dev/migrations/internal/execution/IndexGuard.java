package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrations.MigrationException;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.TableName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code CREATE INDEX CONCURRENTLY} honest. A build that fails or is interrupted
 * leaves an INVALID index behind, which {@code IF NOT EXISTS} would then silently accept:
 * so before a build, an INVALID index of that name is dropped
 * ({@code DROP INDEX CONCURRENTLY}); after it, the index must be valid, or the migration
 * fails. The build is the statement's description ({@code Command.CreateIndex}); nothing
 * here reads SQL text. Stateless; works on the connection it is given, in autocommit.
 */
final class IndexGuard {

	private static final Logger logger = LoggerFactory.getLogger(IndexGuard.class);

	private IndexGuard() {
	}

	/**
	 * Drops an INVALID index left by an earlier attempt of the same build.
	 * @param connection a connection in autocommit
	 * @param build the named concurrent build about to run
	 * @throws SQLException if PostgreSQL refuses
	 */
	static void dropInvalid(Connection connection, Command.CreateIndex build) throws SQLException {
		TableName index = index(build);
		if (Boolean.FALSE.equals(validity(connection, index))) {
			logger.warn(
					"Index {} is INVALID (left by an interrupted or failed build); dropping it before building it again",
					index);
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index.sql());
			}
		}
	}

	/**
	 * Checks that a build left a valid index.
	 * @param connection a connection in autocommit
	 * @param build the named concurrent build that ran
	 * @param script the file name, for the error
	 * @throws SQLException if PostgreSQL refuses
	 * @throws MigrationException if the index is INVALID
	 */
	static void checkValid(Connection connection, Command.CreateIndex build, String script) throws SQLException {
		TableName index = index(build);
		if (Boolean.FALSE.equals(validity(connection, index))) {
			throw new MigrationException(script + ": index " + index + " is INVALID after CREATE INDEX CONCURRENTLY"
					+ (build.ifNotExists() ? " (IF NOT EXISTS kept a broken index)" : "")
					+ "; the next migrate drops it and builds it again");
		}
	}

	/**
	 * The index, qualified with its table's schema where the statement names one: an
	 * index lives in its table's schema.
	 */
	static TableName index(Command.CreateIndex build) {
		return new TableName(build.table().schema(), build.index().name());
	}

	/**
	 * Whether the index exists and is valid.
	 * @return {@code null} when it does not exist
	 */
	private static Boolean validity(Connection connection, TableName index) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
			statement.setString(1, index.sql());
			try (ResultSet row = statement.executeQuery()) {
				return row.next() ? row.getBoolean(1) : null;
			}
		}
	}

}
