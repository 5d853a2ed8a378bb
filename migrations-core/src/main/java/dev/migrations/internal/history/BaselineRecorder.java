package dev.migrations.internal.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.postgres.SingleValue;

/**
 * Writes a baseline into the history: every versioned file at or below the baseline
 * version (the {@code baselineVersion} setting, or Flyway's baseline row when its history
 * is taken over) counts as applied without running, recorded with origin
 * {@code baseline}. Stateless.
 */
public final class BaselineRecorder {

	private BaselineRecorder() {
	}

	/**
	 * Records every file at or below a baseline version as applied, without running it.
	 * @param connection a connection, in a transaction
	 * @param history our history table
	 * @param migrations the files
	 * @param baseline the baseline version
	 * @param existing rows already recorded (left alone)
	 * @return how many were recorded
	 * @throws SQLException if PostgreSQL refuses
	 */
	public static int record(Connection connection, HistoryTable history, MigrationSet migrations, Version baseline,
			Map<Version, HistoryRow> existing) throws SQLException {
		int count = 0;
		String user = null;
		for (MigrationScript script : migrations.versioned()) {
			if (script.version().compareTo(baseline) <= 0 && !existing.containsKey(script.version())) {
				if (user == null) {
					user = SingleValue.query(connection, String.class, "SELECT current_user");
				}
				history.insertRecorded(connection,
						new HistoryRow(script.version(), script.description(), script.script(), script.checksum(),
								script.downText(), script.downLine(), OffsetDateTime.now(), user, Duration.ZERO, false,
								0, null, null, "baseline"),
						"versioned");
				count++;
			}
		}
		return count;
	}

}
