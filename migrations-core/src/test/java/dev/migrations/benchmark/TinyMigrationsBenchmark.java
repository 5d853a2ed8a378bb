package dev.migrations.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applies 1000 tiny migrations (two statements each) to an empty database with the
 * migrator and, as the floor, with one {@code psql} session running each file in its own
 * transaction, on the same server in the same run, and prints the medians and their
 * ratio. Not part of the default test run (its name does not end in Test):
 * {@code mvn -pl migrations-core test -Dtest=TinyMigrationsBenchmark}; set
 * {@code -Dbenchmark.runs=N} (default 5) and {@code -Dbenchmark.psql=/path/to/psql}.
 */
class TinyMigrationsBenchmark {

	private static final int MIGRATIONS = 1000;

	@TempDir
	Path folder;

	@Test
	void migratorAgainstPsql() throws Exception {
		int runs = Integer.getInteger("benchmark.runs", 5);
		Path migrations = Files.createDirectories(this.folder.resolve("migrations"));
		Path psqlScript = writeFiles(migrations);
		PostgresServer server = PostgresServer.get();
		warmUp(server, migrations);
		List<Long> ours = new ArrayList<>();
		List<Long> floor = new ArrayList<>();
		for (int run = 0; run < runs; run++) {
			floor.add(psql(server, psqlScript));
			ours.add(migrator(server, migrations));
		}
		long oursMedian = median(ours);
		long floorMedian = median(floor);
		System.out.printf("%n| tool | runs (ms) | median (ms) | ratio |%n|---|---|---|---|%n");
		System.out.printf("| psql, one transaction per file (floor) | %s | %d | 1.00 |%n", floor, floorMedian);
		System.out.printf("| migrations (in-JVM, after warm-up) | %s | %d | %.2f |%n", ours, oursMedian,
				(double) oursMedian / floorMedian);
	}

	private Path writeFiles(Path migrations) throws IOException {
		StringBuilder psql = new StringBuilder("\\set ON_ERROR_STOP on\n\\set QUIET on\n");
		for (int i = 1; i <= MIGRATIONS; i++) {
			String up = "CREATE TABLE t_" + i + " (id bigserial primary key, name text);\nCREATE INDEX ON t_" + i
					+ "(name);\n";
			Files.writeString(migrations.resolve(String.format("%04d_table_%d.sql", i, i)),
					"-- migrate:up\n" + up + "-- migrate:down\nDROP TABLE t_" + i + ";\n");
			Path upFile = this.folder.resolve(String.format("%04d.up.sql", i));
			Files.writeString(upFile, up);
			psql.append("BEGIN;\n\\i ").append(upFile).append("\nCOMMIT;\n");
		}
		Path script = this.folder.resolve("all.psql");
		Files.writeString(script, psql.toString());
		return script;
	}

	private void warmUp(PostgresServer server, Path migrations) {
		migrator(server, migrations);
	}

	private long migrator(PostgresServer server, Path migrations) {
		TestDatabase database = server.createDatabase();
		long start = System.nanoTime();
		Migrator migrator = new Migrator(database.dataSource(),
				MigrationsConfiguration.builder().locations("filesystem:" + migrations).build());
		MigrateResult result = migrator.migrate();
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		assertThat(result.applied()).hasSize(MIGRATIONS);
		return elapsed;
	}

	private long psql(PostgresServer server, Path script) throws IOException, InterruptedException {
		TestDatabase database = server.createDatabase();
		ProcessBuilder builder = new ProcessBuilder(System.getProperty("benchmark.psql", "psql"), "-X", "-q", "-h",
				server.host(), "-p", String.valueOf(server.port()), "-U", server.user(), "-d", database.name(), "-f",
				script.toString());
		Map<String, String> environment = builder.environment();
		environment.put("PGPASSWORD", server.password());
		builder.redirectErrorStream(true);
		long start = System.nanoTime();
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		int exit = process.waitFor();
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		assertThat(exit).as(output).isZero();
		assertThat(database.value("SELECT count(*) FROM pg_tables WHERE tablename LIKE 't\\_%'")).isEqualTo("1000");
		return elapsed;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
