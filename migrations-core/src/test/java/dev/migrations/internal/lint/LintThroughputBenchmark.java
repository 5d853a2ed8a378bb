package dev.migrations.internal.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrations.LintFinding;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.discovery.ScriptResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lint throughput on a generated corpus of 50,000 statements (5,000 migrations of ten
 * statements each: new tables and their indexes, safe and unsafe changes to existing
 * tables, bounded and unbounded updates, renames, drops), against the time to only split
 * the same files, measured in the same run. Prints the median of several runs after a
 * warm-up. Not part of the default test run (its name does not end in Test):
 * {@code mvn -pl migrations-core test -Dtest=LintThroughputBenchmark -Dspring-javaformat.skip=true};
 * {@code -Dbenchmark.runs=N} sets the runs (default 7).
 */
class LintThroughputBenchmark {

	private static final int MIGRATIONS = 5_000;

	private static final String[] TEMPLATES = {
			"CREATE TABLE t_%d (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
					+ "customer_id bigint NOT NULL REFERENCES users (id), note varchar(30), created_at timestamptz DEFAULT now())",
			"CREATE INDEX idx_t_%d_customer ON t_%<d (customer_id)",
			"ALTER TABLE orders ADD COLUMN c_%d text DEFAULT 'x'",
			"UPDATE orders SET status = 'archived' WHERE id BETWEEN %d AND %<d + 10000 AND created_at < '2024-01-01'",
			"ALTER TABLE orders ADD CONSTRAINT ck_%d CHECK (amount > 0) NOT VALID",
			"CREATE INDEX idx_orders_%d ON orders USING btree (lower(status)) WHERE note <> 'x;y'",
			"ALTER TABLE users RENAME COLUMN name TO name_%d", "UPDATE users SET phone = NULL WHERE phone = '%d'",
			"/* a comment */ INSERT INTO t_%d (customer_id, note) VALUES (1, $$it's; fine$$)",
			"ALTER TABLE t_%d ALTER COLUMN note TYPE text, ADD COLUMN flag boolean NOT NULL DEFAULT false" };

	@Test
	void lintsFiftyThousandStatements() {
		int runs = Integer.getInteger("benchmark.runs", 7);
		List<ScriptResource> corpus = corpus();
		ScriptParser parser = new ScriptParser();
		List<MigrationScript> scripts = parser.parse(corpus);
		int statements = scripts.stream().mapToInt((script) -> script.up().statements().size()).sum();
		assertThat(statements).isEqualTo(MIGRATIONS * TEMPLATES.length);
		Linter linter = new Linter(LintFixture.catalog(), LintFixture.PG17);
		int findings = linter.lint(scripts).size();
		List<Long> split = new ArrayList<>();
		List<Long> lint = new ArrayList<>();
		for (int run = 0; run < runs + 2; run++) {
			long start = System.nanoTime();
			parser.parse(corpus);
			long parsed = System.nanoTime();
			List<LintFinding> result = linter.lint(scripts);
			long linted = System.nanoTime();
			assertThat(result).hasSize(findings);
			if (run >= 2) {
				split.add(parsed - start);
				lint.add(linted - parsed);
			}
		}
		long splitMedian = median(split);
		long lintMedian = median(lint);
		System.out.printf("%n%,d statements in %,d migrations, %,d findings, %d runs after 2 warm-ups%n", statements,
				scripts.size(), findings, runs);
		System.out.printf("| step | median (ms) | statements/s |%n|---|---|---|%n");
		System.out.printf("| split only (parse files, baseline) | %d | %,d |%n", splitMedian / 1_000_000,
				perSecond(statements, splitMedian));
		System.out.printf("| lint (already split) | %d | %,d |%n", lintMedian / 1_000_000,
				perSecond(statements, lintMedian));
		System.out.printf("lint / split time: %.2f%n", (double) lintMedian / splitMedian);
	}

	private static List<ScriptResource> corpus() {
		List<ScriptResource> files = new ArrayList<>(MIGRATIONS);
		for (int i = 1; i <= MIGRATIONS; i++) {
			StringBuilder text = new StringBuilder("-- migrate:up\n");
			for (String template : TEMPLATES) {
				text.append(String.format(template, i)).append(";\n");
			}
			text.append("-- migrate:down irreversible\n");
			String name = String.format("%06d_generated_%d.sql", i, i);
			files.add(new ScriptResource(name, "bench/" + name, text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		return files;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static long perSecond(int statements, long nanos) {
		return Math.round(statements / (nanos / 1e9));
	}

}
