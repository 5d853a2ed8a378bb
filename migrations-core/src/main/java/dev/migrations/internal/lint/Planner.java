package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.lint.MigrationPlan;

/**
 * Plans pending migrations without running them: for each, whether it runs in a
 * transaction, each statement's locks (which mode on which table), whether it rewrites or
 * scans, and the lint findings.
 * <p>
 * Usage:
 * {@code new Planner(JdbcCatalog.read(connection, null), serverVersionNum).plan(pending)}.
 * Thread-safe: every call walks with its own state.
 */
public final class Planner {

	private static final int EXCERPT = 100;

	private final MigrationInspector inspector;

	private final int serverVersionNum;

	/**
	 * Creates a planner.
	 * @param catalog what exists before the pending migrations
	 * @param serverVersionNum the server's {@code server_version_num}
	 * @throws NullPointerException if catalog is null
	 * @throws IllegalArgumentException if serverVersionNum is not positive
	 */
	public Planner(Catalog catalog, int serverVersionNum) {
		Objects.requireNonNull(catalog, "catalog");
		if (serverVersionNum < 1) {
			throw new IllegalArgumentException("server_version_num must be positive, got " + serverVersionNum);
		}
		this.inspector = new MigrationInspector(catalog, serverVersionNum);
		this.serverVersionNum = serverVersionNum;
	}

	/**
	 * Plans the pending migrations.
	 * @param pending the pending migrations, in version order
	 * @return the plan
	 * @throws NullPointerException if pending is null
	 */
	public MigrationPlan plan(List<MigrationScript> pending) {
		List<MigrationPlan.PendingMigration> migrations = new ArrayList<>(pending.size());
		for (MigrationInspector.Inspected inspected : this.inspector.inspect(pending)) {
			MigrationScript script = inspected.facts().script();
			List<SqlStatement> statements = script.up().statements();
			List<MigrationPlan.PlannedStatement> planned = new ArrayList<>(statements.size());
			for (int i = 0; i < statements.size(); i++) {
				SqlStatement statement = statements.get(i);
				StatementEffect effect = inspected.effects().get(i);
				planned.add(new MigrationPlan.PlannedStatement(statement.line(), statement.column(),
						statement.excerpt(EXCERPT), effect.tableLocks(), effect.rewrites(), effect.scans()));
			}
			migrations.add(new MigrationPlan.PendingMigration(script.version(), script.script(),
					inspected.facts().transactional(), planned, inspected.findings()));
		}
		return new MigrationPlan(this.serverVersionNum, migrations);
	}

}
