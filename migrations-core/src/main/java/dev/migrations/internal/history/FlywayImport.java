package dev.migrations.internal.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

import dev.migrations.Version;
import dev.migrations.internal.discovery.FlywayChecksum;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.discovery.RepeatableScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over a database that Flyway managed: on the first run against a database that has
 * Flyway's history table and none of ours, every successful versioned row becomes applied
 * history (version, description, script, installed_on, installed_by, execution_time, and
 * Flyway's CRC32 checksum, kept so an old file edited even before the take-over is still
 * caught), successful repeatable rows become repeatable history (up to date when Flyway's
 * checksum matches the file as Flyway read it: as it is, or, for a file with
 * placeholders, after their replacement, which is what Flyway checksums for repeatable
 * migrations; from then on our own checksum rule applies), undone and deleted versions
 * are left out, and failed rows are reported. It runs in the transaction that creates our
 * history table, under the migration lock, so it happens once; Flyway's own baseline row
 * becomes a {@link BaselineRecorder baseline}. Stateless.
 */
public final class FlywayImport {

	private static final Logger logger = LoggerFactory.getLogger(FlywayImport.class);

	private FlywayImport() {
	}

	/**
	 * Imports Flyway's history into ours.
	 * @param connection a connection in a transaction, in which our history table was
	 * just created
	 * @param history our history table
	 * @param flywayTable the history table of Flyway, schema-qualified and quoted
	 * @param migrations the files, for the down sections and checksums
	 * @param placeholders a file's text (file name, text) with its placeholders replaced
	 * as Flyway replaced them
	 * @return how many versioned rows were imported
	 * @throws SQLException if PostgreSQL refuses
	 */
	public static int importHistory(Connection connection, HistoryTable history, String flywayTable,
			MigrationSet migrations, BinaryOperator<String> placeholders) throws SQLException {
		Map<Version, HistoryRow> versioned = new TreeMap<>();
		Map<String, RepeatableRow> repeatables = new LinkedHashMap<>();
		List<String> failed = new ArrayList<>();
		Version baseline = null;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version, description, type, script, checksum, "
						+ "installed_by, installed_on, execution_time, success FROM " + flywayTable
						+ " ORDER BY installed_rank")) {
			while (rows.next()) {
				String versionText = rows.getString(1);
				String type = rows.getString(3);
				if (!rows.getBoolean(9)) {
					failed.add(((versionText != null) ? versionText : "repeatable") + " " + rows.getString(4));
				}
				else if (versionText == null) {
					repeatables.put(rows.getString(2), repeatable(rows, migrations, placeholders));
				}
				else if (type.startsWith("UNDO") || type.equals("DELETE")) {
					versioned.remove(Version.parse(versionText));
				}
				else if (type.contains("BASELINE")) {
					baseline = Version.parse(versionText);
				}
				else if (!type.equals("SCHEMA")) {
					HistoryRow row = versionedRow(rows, migrations);
					versioned.put(row.version(), row);
				}
			}
		}
		for (HistoryRow row : versioned.values()) {
			history.insertRecorded(connection, row, "versioned");
		}
		for (RepeatableRow row : repeatables.values()) {
			history.insertRecordedRepeatable(connection, row, "flyway");
		}
		int baselined = (baseline != null)
				? BaselineRecorder.record(connection, history, migrations, baseline, versioned) : 0;
		logger.info("Took over {} migration(s){} and {} repeatable(s) from {}{}", versioned.size(),
				(baseline != null) ? " plus " + baselined + " at or below Flyway's baseline " + baseline : "",
				repeatables.size(), flywayTable, failed.isEmpty() ? "" : "; failed rows left out: " + failed);
		return versioned.size() + baselined;
	}

	private static HistoryRow versionedRow(ResultSet rows, MigrationSet migrations) throws SQLException {
		Version version = Version.parse(rows.getString(1));
		MigrationScript script = migrations.versioned()
			.stream()
			.filter((candidate) -> candidate.version().equals(version))
			.findFirst()
			.orElse(null);
		Integer flywayChecksum = rows.getObject(5, Integer.class);
		String checksum = (script != null) ? script.checksum() : "flyway:" + flywayChecksum;
		return new HistoryRow(version, rows.getString(2), rows.getString(4), checksum,
				(script != null) ? script.downText() : null, (script != null) ? script.downLine() : 1,
				rows.getObject(7, java.time.LocalDateTime.class)
					.atZone(java.time.ZoneId.systemDefault())
					.toOffsetDateTime(),
				rows.getString(6), Duration.ofMillis(rows.getInt(8)), false, 0, null, flywayChecksum, "flyway");
	}

	private static RepeatableRow repeatable(ResultSet rows, MigrationSet migrations,
			BinaryOperator<String> placeholders) throws SQLException {
		String description = rows.getString(2);
		int flywayChecksum = rows.getInt(5);
		RepeatableScript script = migrations.repeatables()
			.stream()
			.filter((candidate) -> candidate.description().equals(description))
			.findFirst()
			.orElse(null);
		boolean upToDate = script != null && (script.flywayChecksum() == flywayChecksum
				|| FlywayChecksum.of(placeholders.apply(script.script(), script.text())) == flywayChecksum);
		// up to date: recorded with our checksum, so our rule applies from now on; else
		// Flyway's checksum stays and the file runs again, as Flyway would run it
		return new RepeatableRow(description, rows.getString(4),
				upToDate ? script.checksum() : "flyway:" + flywayChecksum, upToDate ? null : flywayChecksum,
				rows.getObject(7, java.time.LocalDateTime.class)
					.atZone(java.time.ZoneId.systemDefault())
					.toOffsetDateTime(),
				rows.getString(6));
	}

}
