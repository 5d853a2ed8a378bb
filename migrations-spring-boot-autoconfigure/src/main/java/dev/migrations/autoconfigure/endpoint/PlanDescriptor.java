package dev.migrations.autoconfigure.endpoint;

import java.util.List;

import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.MigrationPlan.PendingMigration;
import dev.migrations.lint.MigrationPlan.PlannedStatement;

/**
 * What migrate would do with one pending migration, from
 * {@link dev.migrations.Migrator#plan()}: its statements with the locks they take, and
 * its lint findings.
 *
 * @param statements the up statements, in order
 * @param findings the lint findings, in file order (suppressed ones included, marked)
 */
public record PlanDescriptor(List<StatementDescriptor> statements, List<FindingDescriptor> findings) {

	static PlanDescriptor of(PendingMigration migration, boolean sql) {
		return new PlanDescriptor(
				migration.statements().stream().map((statement) -> StatementDescriptor.of(statement, sql)).toList(),
				migration.findings().stream().map(FindingDescriptor::of).toList());
	}

	/**
	 * One statement of a pending migration.
	 *
	 * @param line the line where it starts in the file
	 * @param column the column where it starts
	 * @param sql an excerpt of the statement, or {@code null} when SQL is hidden
	 * ({@code migrations.endpoint.show-sql})
	 * @param lockLevel the strongest table lock it takes, such as
	 * {@code ACCESS EXCLUSIVE}, or {@code null} when it locks no table
	 * @param tables the tables it locks
	 * @param effect the locks and what they do on one line, such as
	 * {@code ACCESS EXCLUSIVE on orders; rewrites the table}
	 * @param rewrites whether it rewrites a table (every row copied, under its lock)
	 * @param scans whether it reads every row of a table
	 */
	public record StatementDescriptor(int line, int column, String sql, String lockLevel, List<String> tables,
			String effect, boolean rewrites, boolean scans) {

		static StatementDescriptor of(PlannedStatement statement, boolean sql) {
			return new StatementDescriptor(statement.line(), statement.column(), sql ? statement.sql() : null,
					statement.lockLevel().map(LockLevel::sqlName).orElse(null), statement.tables(), statement.effect(),
					statement.rewrites(), statement.scans());
		}

	}

	/**
	 * One lint finding.
	 *
	 * @param ruleId the rule, such as {@code index-concurrently}
	 * @param severity how serious it is
	 * @param line the line in the file, or 0 for the whole file
	 * @param column the column, or 0 for the whole line
	 * @param message what is dangerous and why
	 * @param alternative the safer way, with a short SQL example
	 * @param suppressed whether a {@code -- migrate:allow} directive silences it
	 * @param suppressionReason the allow's reason, or {@code null}
	 * @param blocking whether it stops migrate in {@code fail} lint mode
	 */
	public record FindingDescriptor(String ruleId, LintSeverity severity, int line, int column, String message,
			String alternative, boolean suppressed, String suppressionReason, boolean blocking) {

		static FindingDescriptor of(LintFinding finding) {
			return new FindingDescriptor(finding.ruleId(), finding.severity(), finding.line(), finding.column(),
					finding.message(), finding.alternative(), finding.suppressed(), finding.suppressionReason(),
					finding.blocking());
		}

	}

}
