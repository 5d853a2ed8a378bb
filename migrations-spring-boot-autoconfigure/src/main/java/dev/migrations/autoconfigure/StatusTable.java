package dev.migrations.autoconfigure;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.migrations.MigrationInfo;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;

/**
 * Renders a {@link MigrationStatus} as a plain-text table for a terminal or a job's log,
 * one migration a line, followed by the current version and the count of each state
 * present (held contract-phase migrations with the property that releases them).
 */
final class StatusTable {

	private static final String[] HEADERS = { "Version", "Description", "State", "Applied at", "Time", "Script" };

	private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");

	private StatusTable() {
	}

	static String render(MigrationStatus status) {
		List<String[]> rows = new ArrayList<>();
		rows.add(HEADERS);
		status.migrations().forEach((migration) -> rows.add(row(migration)));
		int[] widths = widths(rows);
		StringBuilder table = new StringBuilder();
		for (int i = 0; i < rows.size(); i++) {
			table.append(line(rows.get(i), widths)).append('\n');
			if (i == 0) {
				table.append(rule(widths)).append('\n');
			}
		}
		if (status.migrations().isEmpty()) {
			table.append("(no migrations found)\n");
		}
		return table.append(summary(status)).append('\n').toString();
	}

	static String summary(MigrationStatus status) {
		String current = status.currentVersion().map(Object::toString).orElse("none");
		String counts = Arrays.stream(MigrationState.values())
			.filter((state) -> status.count(state) > 0)
			.map((state) -> status.count(state) + " " + label(state))
			.collect(Collectors.joining(", "));
		return "Current version: " + current + ((counts.isEmpty()) ? "" : " (" + counts + ")");
	}

	static String label(MigrationState state) {
		if (state == MigrationState.HELD) {
			// held is deliberate, not stuck: say what releases it
			return "held until migrations.contract.enabled=true";
		}
		return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String[] row(MigrationInfo migration) {
		String appliedAt = (migration.appliedAt() != null) ? APPLIED_AT.format(migration.appliedAt()) : "";
		String time = (migration.executionTime() != null) ? migration.executionTime().toMillis() + " ms" : "";
		return new String[] { migration.version().toString(), migration.description(), migration.state().name(),
				appliedAt, time, migration.script() };
	}

	private static int[] widths(List<String[]> rows) {
		int[] widths = new int[HEADERS.length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		return widths;
	}

	private static String line(String[] row, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < row.length; i++) {
			line.append((i < row.length - 1) ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
		}
		return line.toString().stripTrailing();
	}

	private static String rule(int[] widths) {
		StringBuilder rule = new StringBuilder();
		for (int width : widths) {
			rule.append("-".repeat(width)).append("  ");
		}
		return rule.toString().stripTrailing();
	}

}
