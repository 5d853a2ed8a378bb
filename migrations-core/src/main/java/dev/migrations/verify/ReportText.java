package dev.migrations.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.lint.TableLock;

/**
 * Writes a {@link VerifyReport} as text: a summary line, then one small table per
 * migration.
 */
final class ReportText {

	private static final String INDENT = "  ";

	private static final String LABEL = "%-12s";

	private ReportText() {
	}

	static String of(VerifyReport report) {
		StringBuilder text = new StringBuilder(summary(report)).append('\n');
		for (VerifiedMigration migration : report.migrations()) {
			text.append('\n');
			migration(text, migration);
		}
		if (!report.notVerified().isEmpty()) {
			text.append("\nNot verified after the failure: ")
				.append(String.join(", ", report.notVerified()))
				.append('\n');
		}
		return text.toString();
	}

	private static String summary(VerifyReport report) {
		String where = "database " + report.database() + " (schema" + ((report.schemas().size() > 1) ? "s " : " ")
				+ String.join(", ", report.schemas()) + ")";
		if (report.migrations().isEmpty()) {
			return "Nothing to verify on " + where + ": no migration is pending.";
		}
		long verified = report.migrations().stream().filter((m) -> m.outcome() == VerifyOutcome.VERIFIED).count();
		long failed = report.migrations().stream().filter((m) -> m.outcome().isFailure()).count();
		return String.format("Verify of %s: %s, %d pending: %d verified, %d irreversible, %d failed%s", where,
				report.passed() ? "PASSED" : "FAILED", report.migrations().size() + report.notVerified().size(),
				verified, report.irreversible().size(), failed,
				report.notVerified().isEmpty() ? "" : ", " + report.notVerified().size() + " not verified");
	}

	private static void migration(StringBuilder text, VerifiedMigration migration) {
		text.append(migration.script()).append(": ").append(migration.outcome().description()).append('\n');
		row(text, "up", List.of(duration(migration.upTime())));
		row(text, "down", List.of(migration.reversible() ? duration(migration.downTime()) : "none (irreversible)"));
		row(text, "reversible", List.of(migration.reversible() ? "yes" : "no"));
		row(text, "rows", rows(migration.rows()));
		row(text, "locks", migration.locks().isEmpty() ? List.of("none seen")
				: migration.locks().stream().map(TableLock::describe).toList());
		row(text, "schema", schema(migration));
		if (migration.problem() != null) {
			row(text, "problem", migration.problem().lines().toList());
		}
	}

	private static List<String> schema(VerifiedMigration migration) {
		if (!migration.differences().isEmpty()) {
			List<String> lines = new ArrayList<>();
			int count = migration.differences().size();
			lines.add(count + " difference" + ((count == 1) ? "" : "s") + " (before the up → after the down):");
			lines.addAll(migration.differenceLines());
			return lines;
		}
		if (migration.outcome() == VerifyOutcome.VERIFIED || migration.outcome() == VerifyOutcome.REDO_FAILED) {
			return List.of("restored by the down");
		}
		return List.of("not compared");
	}

	private static List<String> rows(List<TableRows> rows) {
		if (rows.isEmpty()) {
			return List.of("no table named");
		}
		int width = Math.max(5, rows.stream().mapToInt((row) -> row.table().length()).max().orElse(0));
		String format = "%-" + width + "s  %8s  %8s  %10s";
		List<String> lines = new ArrayList<>();
		lines.add(String.format(format, "table", "before", "after up", "after down"));
		for (TableRows row : rows) {
			lines.add(String.format(format, row.table(), count(row.before()), count(row.afterUp()),
					count(row.afterDown())));
		}
		return lines;
	}

	private static void row(StringBuilder text, String label, List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			text.append(INDENT)
				.append(String.format(LABEL, (i == 0) ? label : ""))
				.append(lines.get(i).stripTrailing())
				.append('\n');
		}
	}

	private static String count(Long count) {
		return (count != null) ? String.valueOf(count) : "—";
	}

	static String duration(Duration duration) {
		if (duration == null) {
			return "—";
		}
		long millis = duration.toMillis();
		if (millis < 10_000) {
			return (millis == 0 && !duration.isZero()) ? "< 1 ms" : millis + " ms";
		}
		return String.format("%.1f s", millis / 1000.0);
	}

}
