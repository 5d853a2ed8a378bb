package dev.migrations.internal.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.Version;
import dev.migrations.internal.postgres.SingleValue;

/**
 * Reads the history table for {@link HistoryTable}. Stateless and thread-safe.
 */
final class HistoryReader {

	private HistoryReader() {
	}

	static boolean exists(Connection connection, String qualifiedName) throws SQLException {
		return SingleValue.query(connection, Boolean.class, "SELECT to_regclass(?) IS NOT NULL", qualifiedName);
	}

	static History read(Connection connection, String qualifiedName) throws SQLException {
		return exists(connection, qualifiedName) ? readExisting(connection, qualifiedName)
				: new History(List.of(), List.of());
	}

	static History readExisting(Connection connection, String qualifiedName) throws SQLException {
		List<HistoryRow> rows = new ArrayList<>();
		List<RepeatableRow> repeatables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT version, description, script, checksum, down_sql, "
						+ "down_line, applied_at, applied_by, execution_time_ms, state, statements_done, batch_position, "
						+ "kind, flyway_checksum, origin FROM " + qualifiedName)) {
			while (result.next()) {
				if ("repeatable".equals(result.getString(13))) {
					repeatables.add(new RepeatableRow(result.getString(2), result.getString(3), result.getString(4),
							result.getObject(14, Integer.class), result.getObject(7, OffsetDateTime.class),
							result.getString(8)));
				}
				else {
					rows.add(row(result));
				}
			}
		}
		rows.sort((a, b) -> a.version().compareTo(b.version()));
		repeatables.sort((a, b) -> a.description().compareTo(b.description()));
		return new History(rows, repeatables);
	}

	private static HistoryRow row(ResultSet result) throws SQLException {
		return new HistoryRow(Version.parse(result.getString(1)), result.getString(2), result.getString(3),
				result.getString(4), result.getString(5), result.getInt(6), result.getObject(7, OffsetDateTime.class),
				result.getString(8), Duration.ofMillis(result.getLong(9)), "partial".equals(result.getString(10)),
				result.getInt(11), result.getObject(12, Long.class), result.getObject(14, Integer.class),
				result.getString(15));
	}

}
