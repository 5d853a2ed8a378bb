package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.ddl.StatementDescription;
import dev.migrations.lint.LintFinding;

/**
 * Walks the pending migrations in version order, statement by statement: takes each
 * statement's description (read once, when its section was split), works out its locks,
 * runs every rule against what exists at that point, then records what the statement
 * changed, so that a table created earlier in the walk counts as new. Both {@link Linter}
 * and {@link Planner} are built on it.
 * <p>
 * Thread-safe: each walk has its own state.
 */
final class MigrationInspector {

	private final Catalog catalog;

	private final int serverVersion;

	MigrationInspector(Catalog catalog, int serverVersion) {
		this.catalog = catalog;
		this.serverVersion = serverVersion;
	}

	List<Inspected> inspect(List<MigrationScript> pending) {
		SchemaState schema = new SchemaState(this.catalog);
		LockAnalyzer locks = new LockAnalyzer(schema, this.serverVersion);
		List<Inspected> inspected = new ArrayList<>(pending.size());
		for (MigrationScript script : pending) {
			inspected.add(inspect(script, schema, locks));
		}
		return inspected;
	}

	private Inspected inspect(MigrationScript script, SchemaState schema, LockAnalyzer locks) {
		Section up = script.up();
		List<SqlStatement> statements = up.statements();
		List<Boolean> autocommit = up.descriptions()
			.stream()
			.map((description) -> description.refusesTransactionBlock(this.serverVersion))
			.toList();
		MigrationFacts facts = new MigrationFacts(script, autocommit, !autocommit.contains(true));
		Suppressions suppressions = new Suppressions(facts);
		List<LintFinding> findings = new ArrayList<>(suppressions.problems());
		List<StatementEffect> effects = new ArrayList<>(statements.size());
		schema.beginMigration();
		for (int i = 0; i < statements.size(); i++) {
			SqlStatement statement = statements.get(i);
			StatementDescription description = up.description(i);
			StatementEffect effect = locks.effect(description);
			StatementContext context = new StatementContext(facts, i, statement, description.command(), effect, schema,
					locks, this.serverVersion);
			int index = i;
			for (Rule rule : Rules.list()) {
				rule.check()
					.check(context, (flag) -> findings.add(suppressions.apply(finding(context, rule, flag), index)));
			}
			schema.apply(description.command(), effect);
			effects.add(effect);
		}
		findings.sort(Comparator.comparingInt(LintFinding::line).thenComparingInt(LintFinding::column));
		return new Inspected(facts, effects, findings);
	}

	private static LintFinding finding(StatementContext context, Rule rule, Flag flag) {
		SqlStatement statement = context.statement();
		int line = (flag.at() != null) ? flag.at().line() : statement.line();
		int column = (flag.at() != null) ? flag.at().column() : statement.column();
		return new LintFinding(rule.id(), (flag.severity() != null) ? flag.severity() : rule.severity(),
				context.migration().script().script(), line, column, flag.message(), flag.alternative(), false, null);
	}

	/**
	 * One migration after the walk.
	 *
	 * @param facts the migration and how it runs
	 * @param effects each up statement's locks, rewrite and scan, in order
	 * @param findings its findings, in file order
	 */
	record Inspected(MigrationFacts facts, List<StatementEffect> effects, List<LintFinding> findings) {
	}

}
