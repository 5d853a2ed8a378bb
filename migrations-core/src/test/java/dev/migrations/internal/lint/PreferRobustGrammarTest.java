package dev.migrations.internal.lint;

import java.util.List;

import dev.migrations.lint.LintFinding;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every form prefer-robust asks for is one PostgreSQL's grammar takes, and it can run
 * twice: the guarded statement each finding gives is run on a real server, then run
 * again, as a retry after a crash would.
 */
@ExtendWith(PostgresExtension.class)
class PreferRobustGrammarTest {

	private static void createShop(TestDatabase database) {
		database.execute("CREATE TABLE orders (id bigint, status text, note text)",
				"CREATE INDEX idx_orders_status ON orders (status)", "CREATE TYPE mood AS ENUM ('a')");
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			value = { "170004 | CREATE INDEX CONCURRENTLY idx ON orders (status)",
					"170004 | CREATE INDEX CONCURRENTLY ON orders (note)",
					"170004 | CREATE UNIQUE INDEX CONCURRENTLY ON orders (note)",
					"170004 | DROP INDEX CONCURRENTLY idx_orders_status", "110000 | ALTER TYPE mood ADD VALUE 'x'" })
	void theGuardedFormRunsAndRunsAgain(int serverVersion, String statement, TestDatabase database) {
		createShop(database);
		List<LintFinding> findings = LintFixture.findings("prefer-robust", serverVersion, statement);
		assertThat(findings).hasSize(1);
		String guarded = findings.get(0)
			.alternative()
			.replace("(…)", "(note)")
			.replace("idx_orders_…", "idx_orders_note")
			.replace("'…'", "'x'")
			.replace(";", "");

		database.execute(guarded, guarded);

		assertThat(guarded).contains(statement.startsWith("ALTER") ? "IF NOT EXISTS" : " IF ")
			.contains(statement.contains("UNIQUE") ? "UNIQUE INDEX" : "");
	}

	@Test
	void anUnnamedIndexIsAskedForANameBecausePostgresqlRefusesIfNotExistsWithoutOne(TestDatabase database) {
		createShop(database);

		assertThat(
				LintFixture.findings("prefer-robust", LintFixture.PG17, "CREATE INDEX CONCURRENTLY ON orders (note)"))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.message()).contains("second index", "name it");
				assertThat(finding.alternative()).startsWith("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_");
			});
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> database.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS ON orders (note)"))
			.havingRootCause()
			.withMessageContaining("syntax error at or near \"ON\"");
	}

}
