package dev.migrations.internal.lint;

import java.util.List;
import java.util.SplittableRandom;

import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.testsupport.Generated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Whatever the statements, the linter and the planner answer: a statement they cannot
 * read is {@link Command.Other}, never an exception. Each property checks 1000 cases of
 * keyword soup from a fixed seed; {@code -Dlint.cases=N} and {@code -Dlint.seed=S} (or
 * {@code random}) change that, see {@link Generated}.
 */
class StatementReaderPropertyTest {

	private static final String[] WORDS = { "ALTER", "TABLE", "CREATE", "DROP", "INDEX", "CONCURRENTLY", "ADD",
			"COLUMN", "CONSTRAINT", "NOT", "NULL", "VALID", "DEFAULT", "IF", "EXISTS", "ONLY", "ON", "USING", "TYPE",
			"SET", "RENAME", "TO", "UPDATE", "DELETE", "FROM", "WHERE", "BETWEEN", "AND", "OR", "CHECK", "FOREIGN",
			"KEY", "REFERENCES", "PRIMARY", "UNIQUE", "VACUUM", "FULL", "REINDEX", "LOCK", "WITH", "GENERATED",
			"ALWAYS", "AS", "IDENTITY", "STORED", "VALUE", "IN", "orders", "\"Orders\"", "public", ".", ",", "(", ")",
			"[", "]", "*", "=", ">=", "<", "1", "'x'", "$$ y $$", "::", "now", "random", "varchar", "id" };

	private static String statement(SplittableRandom random) {
		return Generated.joined(random, 1, 24, (r) -> Generated.pick(r, WORDS) + " ") + ";";
	}

	@Test
	void lintingAndPlanningNeverFail() {
		Generated.cases("lint").forAll(StatementReaderPropertyTest::statement, Generated::literal, (sql) -> {
			List<MigrationScript> pending;
			try {
				pending = LintFixture.migrations(sql);
			}
			catch (RuntimeException ex) {
				// Text the parser refuses (an unbalanced quote, a stray directive) never
				// reaches the linter
				return;
			}
			assertThatNoException().isThrownBy(() -> {
				new Linter(LintFixture.catalog(), LintFixture.PG17).lint(pending);
				new Planner(Catalog.empty(), LintFixture.PG11).plan(pending);
			});
		});
	}

}
