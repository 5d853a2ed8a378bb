package dev.migrations.lint;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.migrations.Version;

/**
 * What {@code migrate} would do, without doing it: each pending migration in version
 * order, whether it runs in a transaction, each statement with the locks it takes, on
 * which tables, whether it rewrites or scans, and the lint findings.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param serverVersionNum the {@code server_version_num} the plan was made for
 * @param migrations the pending migrations, in version order
 */
public record MigrationPlan(int serverVersionNum, List<PendingMigration> migrations) {

	/**
	 * Copies the list.
	 * @throws NullPointerException if migrations is null
	 */
	public MigrationPlan {
		migrations = List.copyOf(migrations);
	}

	/**
	 * Every finding of every migration, in order.
	 * @return the findings
	 */
	public List<LintFinding> findings() {
		return this.migrations.stream().flatMap((migration) -> migration.findings().stream()).toList();
	}

	/**
	 * Whether a finding would stop {@code migrate} in {@code fail} mode.
	 * @return {@code true} if an unsuppressed error remains
	 */
	public boolean hasBlockingFindings() {
		return findings().stream().anyMatch(LintFinding::blocking);
	}

	/**
	 * The plan as text for a terminal, one block per migration.
	 * @return the text, ending with a line break; a single line when nothing is pending
	 */
	public String format() {
		if (this.migrations.isEmpty()) {
			return "Nothing to migrate: no pending migration.\n";
		}
		StringBuilder text = new StringBuilder();
		for (PendingMigration migration : this.migrations) {
			migration.appendTo(text);
		}
		return text.toString();
	}

	/**
	 * One pending migration of the plan.
	 *
	 * @param version its version
	 * @param script its file name
	 * @param transactional whether it runs in one transaction (otherwise statement by
	 * statement, in autocommit)
	 * @param statements its up statements, in order
	 * @param findings the lint findings, in file order
	 */
	public record PendingMigration(Version version, String script, boolean transactional,
			List<PlannedStatement> statements, List<LintFinding> findings) {

		/**
		 * Validates the values and copies the lists.
		 * @throws NullPointerException if a value is null
		 */
		public PendingMigration {
			Objects.requireNonNull(version, "version");
			Objects.requireNonNull(script, "script");
			statements = List.copyOf(statements);
			findings = List.copyOf(findings);
		}

		private void appendTo(StringBuilder text) {
			text.append(this.script)
				.append(this.transactional ? " (in one transaction)" : " (no transaction: statement by statement)")
				.append('\n');
			for (PlannedStatement statement : this.statements) {
				text.append("  ").append(statement.line()).append(':').append(statement.column()).append("  ");
				text.append(statement.sql()).append("\n      ").append(statement.effect()).append('\n');
			}
			for (LintFinding finding : this.findings) {
				text.append("  ").append(finding.format()).append('\n');
			}
		}

	}

	/**
	 * One statement of a pending migration.
	 *
	 * @param line the 1-based line where it starts in the file
	 * @param column the 1-based column where it starts
	 * @param sql an excerpt of the statement on one line
	 * @param locks the table locks it takes, strongest first
	 * @param rewrites whether it rewrites a table (every row copied, under its lock)
	 * @param scans whether it reads every row of a table (to build an index, check a
	 * constraint, or change every row)
	 */
	public record PlannedStatement(int line, int column, String sql, List<TableLock> locks, boolean rewrites,
			boolean scans) {

		/**
		 * Validates the values and copies the list.
		 * @throws NullPointerException if sql or locks is null
		 * @throws IllegalArgumentException if line or column is not positive
		 */
		public PlannedStatement {
			Objects.requireNonNull(sql, "sql");
			locks = List.copyOf(locks);
			if (line < 1 || column < 1) {
				throw new IllegalArgumentException("Statement positions are 1-based, got " + line + ":" + column);
			}
		}

		/**
		 * The strongest lock the statement takes.
		 * @return the mode, or empty when it locks no table
		 */
		public Optional<LockLevel> lockLevel() {
			return this.locks.stream().map(TableLock::level).reduce(LockLevel::max);
		}

		/**
		 * The tables it locks.
		 * @return their names, in the order of {@link #locks()}
		 */
		public List<String> tables() {
			return this.locks.stream().map(TableLock::table).distinct().toList();
		}

		/**
		 * The locks and what they do, on one line, such as
		 * {@code ACCESS EXCLUSIVE on orders; rewrites the table}.
		 * @return the description
		 */
		public String effect() {
			StringBuilder text = new StringBuilder();
			for (TableLock lock : this.locks) {
				text.append((text.length() > 0) ? ", " : "").append(lock);
			}
			if (text.length() == 0) {
				text.append("no table lock");
			}
			if (this.rewrites) {
				text.append("; rewrites the table");
			}
			else if (this.scans) {
				text.append("; scans the table");
			}
			return text.toString();
		}

	}

}
