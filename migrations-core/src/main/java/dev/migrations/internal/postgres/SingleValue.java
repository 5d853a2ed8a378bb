package dev.migrations.internal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs a query that answers with one value and reads it: the shape of most of the
 * engine's questions to the catalog ({@code SELECT to_regclass(?) IS NOT NULL}, {@code
 * SELECT current_user}). Stateless and thread-safe.
 */
public final class SingleValue {

	private SingleValue() {
	}

	/**
	 * Runs a query and reads the first column of its first row.
	 * @param <T> the value's type
	 * @param connection the connection to run it on
	 * @param type the value's type, as {@link ResultSet#getObject(int, Class)} reads it
	 * @param sql the query, with {@code ?} for each parameter
	 * @param parameters the parameters, in order
	 * @return the value, or {@code null} when it is SQL {@code NULL}
	 * @throws SQLException if PostgreSQL refuses, or the query returns no row
	 */
	public static <T> T query(Connection connection, Class<T> type, String sql, Object... parameters)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new SQLException("No row from: " + sql);
				}
				return rows.getObject(1, type);
			}
		}
	}

}
