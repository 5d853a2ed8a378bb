package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.migrations.LintFinding;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TransactionRules;

/**
 * Walks the pending migrations in version order, statement by statement: reads each
 * statement, works out its locks, runs every rule against what exists at that point, then
 * records what the statement changed, so that a table created earlier in the walk counts
 * as new. Both {@link Linter} and {@link Planner} are built on it.
 * <p>
 * Thread-safe: each walk has its own state.
 */
final class MigrationInspector {

	private final Catalog catalog;

	private final int serverVersion;

	private final SqlLexer lexer = new SqlLexer();

	private final StatementReader reader = new StatementReader();

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
		List<SqlStatement> statements = script.up().statements();
		List<Boolean> autocommit = statements.stream()
			.map((statement) -> TransactionRules.requiresAutocommit(statement, this.serverVersion))
			.toList();
		MigrationFacts facts = new MigrationFacts(script, autocommit, !autocommit.contains(true));
		Suppressions suppressions = new Suppressions(facts);
		List<LintFinding> findings = new ArrayList<>(suppressions.problems());
		List<StatementEffect> effects = new ArrayList<>(statements.size());
		schema.beginMigration();
		for (int i = 0; i < statements.size(); i++) {
			SqlStatement statement = statements.get(i);
			Command command = this.reader.read(significantTokens(script.script(), statement));
			StatementEffect effect = locks.effect(command);
			StatementContext context = new StatementContext(facts, i, statement, command, effect, schema, locks,
					this.serverVersion);
			int index = i;
			for (Rule rule : Rules.list()) {
				rule.check()
					.check(context, (flag) -> findings.add(suppressions.apply(finding(context, rule, flag), index)));
			}
			schema.apply(command, effect);
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
	 * The significant tokens of a statement, with lines and columns counted in the file.
	 */
	private List<Token> significantTokens(String script, SqlStatement statement) {
		List<Token> tokens = this.lexer.tokenize(script, statement.sql(), statement.line());
		List<Token> significant = new ArrayList<>(tokens.size());
		int shift = statement.column() - 1;
		for (Token token : tokens) {
			if (token.isTrivia()) {
				continue;
			}
			significant.add((shift == 0 || token.line() != statement.line()) ? token : new Token(token.kind(),
					token.text(), token.startOffset(), token.endOffset(), token.line(), token.column() + shift));
		}
		return significant;
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
