package dev.migrations.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

import dev.migrations.Version;
import dev.migrations.internal.discovery.FlywayChecksum;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.RepeatableScript;
import dev.migrations.internal.discovery.MigrationSet;
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
 * history table, under the migration lock, so it happens once. Also records a baseline:
 * versions at or below it count as applied without running. Stateless.
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
	 * @param flywayTable Flyway's history table, schema-qualified and quoted
	 * @param scripts the files, for the down sections and checksums
	 * @param placeholders a file's text (file name, text) with its placeholders replaced
	 * as Flyway replaced them
	 * @return how many versioned rows were imported
	 * @throws SQLException if PostgreSQL refuses
	 */
	public static int importHistory(Connection connection, HistoryTable history, String flywayTable,
			MigrationSet scripts, BinaryOperator<String> placeholders) throws SQLException {
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
					repeatables.put(rows.getString(2), repeatable(rows, scripts, placeholders));
				}
				else if (type.startsWith("UNDO") || type.equals("DELETE")) {
					versioned.remove(Version.parse(versionText));
				}
				else if (type.contains("BASELINE")) {
					baseline = Version.parse(versionText);
				}
				else if (!type.equals("SCHEMA")) {
					HistoryRow row = versionedRow(rows, scripts);
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
		int baselined = (baseline != null) ? recordBaseline(connection, history, scripts, baseline, versioned) : 0;
		logger.info("Took over {} migration(s){} and {} repeatable(s) from {}{}", versioned.size(),
				(baseline != null) ? " plus " + baselined + " at or below Flyway's baseline " + baseline : "",
				repeatables.size(), flywayTable, failed.isEmpty() ? "" : "; failed rows left out: " + failed);
		return versioned.size() + baselined;
	}

	/**
	 * Records every file at or below a baseline version as applied, without running it.
	 * @param connection a connection, in a transaction
	 * @param history our history table
	 * @param scripts the files
	 * @param baseline the baseline version
	 * @param existing rows already recorded (left alone)
	 * @return how many were recorded
	 * @throws SQLException if PostgreSQL refuses
	 */
	public static int recordBaseline(Connection connection, HistoryTable history, MigrationSet scripts,
			Version baseline, Map<Version, HistoryRow> existing) throws SQLException {
		int count = 0;
		for (MigrationScript script : scripts.versioned()) {
			if (script.version().compareTo(baseline) <= 0 && !existing.containsKey(script.version())) {
				history.insertRecorded(connection,
						new HistoryRow(script.version(), script.description(), script.script(), script.checksum(),
								script.downText(), script.downLine(), OffsetDateTime.now(), currentUser(connection),
								Duration.ZERO, false, 0, null, null, "baseline"),
						"versioned");
				count++;
			}
		}
		return count;
	}

	private static HistoryRow versionedRow(ResultSet rows, MigrationSet scripts) throws SQLException {
		Version version = Version.parse(rows.getString(1));
		MigrationScript script = scripts.versioned()
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

	private static RepeatableRow repeatable(ResultSet rows, MigrationSet scripts, BinaryOperator<String> placeholders)
			throws SQLException {
		String description = rows.getString(2);
		int flywayChecksum = rows.getInt(5);
		RepeatableScript script = scripts.repeatables()
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

	private static String currentUser(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT current_user");
				ResultSet row = statement.executeQuery()) {
			row.next();
			return row.getString(1);
		}
	}

}
