package dev.migrations.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.MigrationFile;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.lint.Catalog;
import dev.migrations.internal.lint.Linter;

/**
 * Lint throughput on a generated corpus of 50,000 statements (5,000 migrations of ten
 * statements each: new tables and their indexes, safe and unsafe changes to existing
 * tables, bounded and unbounded updates, renames, drops), against the time to only read
 * and split the same files, in the same JVM. Each run splits a fresh copy (so nothing
 * the linter reads is left from an earlier run) and then lints it; after two warm-up runs,
 * prints the medians, in wall time and in the CPU time of the thread (which a busy
 * machine disturbs less, and which leaves out the pauses of the garbage collector), and
 * the statement count. Uses the engine's internal
 * classes, which any version of it has had. {@code -Dbench.lint.runs} (default 7).
 */
public final class LintThroughputMain {

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

	private LintThroughputMain() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		int runs = Integer.getInteger("bench.lint.runs", 7);
		List<MigrationFile> corpus = corpus();
		ScriptParser parser = new ScriptParser();
		Linter linter = new Linter(Catalog.empty(), 170000);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Long> split = new ArrayList<>();
		List<Long> lint = new ArrayList<>();
		List<Long> splitCpu = new ArrayList<>();
		List<Long> lintCpu = new ArrayList<>();
		int statements = 0;
		int findings = -1;
		for (int run = 0; run < runs + 2; run++) {
			long began = System.nanoTime();
			long beganCpu = threads.getCurrentThreadCpuTime();
			List<MigrationScript> scripts = parser.parse(corpus);
			long parsed = System.nanoTime();
			long parsedCpu = threads.getCurrentThreadCpuTime();
			int found = linter.lint(scripts).size();
			long linted = System.nanoTime();
			long lintedCpu = threads.getCurrentThreadCpuTime();
			statements = scripts.stream().mapToInt((script) -> script.up().statements().size()).sum();
			if (findings >= 0 && found != findings) {
				throw new IllegalStateException("run " + run + " found " + found + " findings, not " + findings);
			}
			findings = found;
			if (run >= 2) {
				split.add((parsed - began) / 1000);
				lint.add((linted - parsed) / 1000);
				splitCpu.add((parsedCpu - beganCpu) / 1000);
				lintCpu.add((lintedCpu - parsedCpu) / 1000);
			}
		}
		if (statements != MIGRATIONS * TEMPLATES.length) {
			throw new IllegalStateException("split " + statements + " statements");
		}
		Invocation.report(start, "statements=" + statements + " findings=" + findings + " split-us="
				+ WarmStatusMain.median(split) + " lint-us=" + WarmStatusMain.median(lint) + " split-cpu-us="
				+ WarmStatusMain.median(splitCpu) + " lint-cpu-us=" + WarmStatusMain.median(lintCpu));
	}

	private static List<MigrationFile> corpus() {
		List<MigrationFile> files = new ArrayList<>(MIGRATIONS);
		for (int i = 1; i <= MIGRATIONS; i++) {
			StringBuilder text = new StringBuilder("-- migrate:up\n");
			for (String template : TEMPLATES) {
				text.append(String.format(template, i)).append(";\n");
			}
			text.append("-- migrate:down irreversible\n");
			String name = String.format("%06d_generated_%d.sql", i, i);
			files.add(new MigrationFile(name, "bench/" + name, text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		return files;
	}

}
