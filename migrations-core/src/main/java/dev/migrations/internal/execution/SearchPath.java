package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Puts a schema first on a connection's {@code search_path} (before the path it had, so
 * that extensions installed in {@code public} stay visible), for the session or for the
 * current transaction, and puts the session's own back.
 */
final class SearchPath {

	private SearchPath() {
	}

	static void prepend(Connection connection, String schema, boolean local) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('search_path', "
				+ "quote_ident(?) || CASE current_setting('search_path') WHEN '' THEN '' "
				+ "ELSE ', ' || current_setting('search_path') END, ?)")) {
			statement.setString(1, schema);
			statement.setBoolean(2, local);
			statement.execute();
		}
	}

	static void restore(Connection connection, String searchPath) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
			statement.setString(1, searchPath);
			statement.execute();
		}
	}

}
