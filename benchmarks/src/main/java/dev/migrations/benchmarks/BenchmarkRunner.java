package dev.migrations.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the four scenarios against one PostgreSQL, each tool as a fresh JVM, several
 * runs in rotating order, and writes {@code results.md}:
 * <ol>
 * <li>every boot: {@code migrate} with 1000 applied migrations and none pending (floor: a
 * JVM that opens one connection and runs one query);</li>
 * <li>apply 1000 tiny migrations to an empty database (floor: one psql session running
 * {@code BEGIN; \i file; COMMIT;} per file);</li>
 * <li>status and validate with 10,000 applied migrations;</li>
 * <li>the peak heap of each run.</li>
 * </ol>
 * Arguments:
 * {@code <host> <port> <user> <password> <work-dir> <classpath-dir> <results.md>
 * <machine.txt>}; {@code -Dbench.runs} (5), {@code -Dbench.status.runs} (as many),
 * {@code -Dbench.migrations} (1000), {@code -Dbench.history} (10000) and
 * {@code -Dbench.psql} ({@code psql}) change the defaults.
 */
public final class BenchmarkRunner {

	private static final Tool[] TOOLS = { Tool.OURS, Tool.FLYWAY, Tool.LIQUIBASE };

	private static final String PSQL = "psql, BEGIN; \\i file; COMMIT; per file (floor)";

	private final Database database;

	private final ToolProcess processes;

	private final Report report = new Report();

	private final int runs = Integer.getInteger("bench.runs", 5);

	private final int statusRuns = Integer.getInteger("bench.status.runs", this.runs);

	private BenchmarkRunner(Database database, ToolProcess processes) {
		this.database = database;
		this.processes = processes;
	}

	public static void main(String[] args) throws Exception {
		Database database = new Database(args[0], Integer.parseInt(args[1]), args[2], args[3]);
		Path work = Path.of(args[4]);
		Path logs = Files.createDirectories(work.resolve("logs"));
		ToolProcess processes = new ToolProcess(Path.of(args[5], "classes"), Path.of(args[5]), logs, database,
				System.getProperty("bench.psql", "psql"));
		BenchmarkRunner runner = new BenchmarkRunner(database, processes);
		long start = System.nanoTime();
		String tables = runner.runs + " runs each"
				+ ((runner.statusRuns != runner.runs) ? " (" + runner.statusRuns + " for scenario 3)" : "");
		Workload tiny = Workload.tables(work.resolve("tables"), Integer.getInteger("bench.migrations", 1000));
		Workload history = Workload.noOps(work.resolve("history"), Integer.getInteger("bench.history", 10_000));
		runner.apply(tiny);
		runner.boot(tiny);
		runner.status(history);
		long minutes = (System.nanoTime() - start) / 60_000_000_000L;
		Files.writeString(Path.of(args[6]), runner.markdown(Files.readString(Path.of(args[7])), tables, minutes));
		System.out.println(Files.readString(Path.of(args[6])));
	}

	private void apply(Workload workload) throws Exception {
		String scenario = "(2) apply " + workload.count() + " to an empty database";
		this.report.floor(scenario, PSQL);
		for (int run = 0; run < this.runs; run++) {
			for (String tool : rotate(List.of(PSQL, Tool.OURS.label(), Tool.FLYWAY.label(), Tool.LIQUIBASE.label()),
					run)) {
				String name = "apply_" + key(tool) + "_" + run;
				this.database.create(name);
				this.database.checkpoint();
				Sample sample = tool.equals(PSQL) ? this.processes.psql(name, workload.psql())
						: migrate(tool, name, workload, "");
				checkTables(name, workload.count());
				this.report.add(scenario, tool, sample);
				if (run > 0 || tool.equals(PSQL)) {
					this.database.drop(name);
				}
			}
			progress(scenario, run);
		}
	}

	private void boot(Workload workload) throws Exception {
		String scenario = "(1) every boot: " + workload.count() + " applied, none pending";
		this.report.floor(scenario, Tool.FLOOR.label());
		for (int run = 0; run < this.runs; run++) {
			List<Tool> order = rotate(List.of(Tool.FLOOR, Tool.OURS, Tool.FLYWAY, Tool.LIQUIBASE), run);
			for (Tool tool : order) {
				String name = "apply_" + key(((tool == Tool.FLOOR) ? Tool.OURS : tool).label()) + "_0";
				Sample sample = (tool == Tool.FLOOR) ? this.processes.run(tool, "query", name, Path.of("."), "query=1")
						: migrate(tool.label(), name, workload, "nothing pending");
				this.report.add(scenario, tool.label(), sample);
			}
			progress(scenario, run);
		}
	}

	private void status(Workload workload) throws Exception {
		String statusScenario = "(3a) status/info, " + workload.count() + " applied";
		String validateScenario = "(3b) validate, " + workload.count() + " applied";
		for (Tool tool : TOOLS) {
			String name = "history_" + tool.profile();
			this.database.create(name);
			long start = System.nanoTime();
			this.processes.run(tool, "setup", name, location(tool, workload),
					(tool == Tool.LIQUIBASE) ? "updated" : "applied=" + workload.count());
			this.report.note(
					String.format(Locale.ROOT, "Setting up (3) for %s: applying the %d no-op migrations took %d s%s.",
							tool.label(), workload.count(), (System.nanoTime() - start) / 1_000_000_000L,
							(tool == Tool.FLYWAY)
									? " (with group=true, all in one transaction: one by one, Flyway's "
											+ "migrate slows down with every migration it applies in the same run)"
									: ""));
		}
		for (int run = 0; run < this.statusRuns; run++) {
			for (Tool tool : rotate(List.of(TOOLS), run)) {
				Path location = location(tool, workload);
				String name = "history_" + tool.profile();
				this.report.add(statusScenario, tool.label(), this.processes.run(tool, "status", name, location,
						(tool == Tool.LIQUIBASE) ? "unrun=0" : "migrations=" + workload.count()));
				this.report.add(validateScenario, tool.label(),
						this.processes.run(tool, "validate", name, location, "valid"));
			}
			progress(statusScenario + " and validate", run);
		}
	}

	private Sample migrate(String label, String name, Workload workload, String pending) throws Exception {
		Tool tool = tool(label);
		String expect = (tool == Tool.LIQUIBASE) ? "updated" : "applied=" + (pending.isEmpty() ? workload.count() : 0);
		return this.processes.run(tool, "migrate", name, location(tool, workload), expect);
	}

	private void checkTables(String name, int count) throws Exception {
		long tables = this.database.count(name,
				"SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t_[0-9]+$'");
		long indexes = this.database.count(name,
				"SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND tablename ~ '^t_[0-9]+$'");
		if (tables != count || indexes != 2L * count) {
			throw new IllegalStateException(name + ": expected " + count + " tables and " + 2 * count
					+ " indexes, found " + tables + " and " + indexes);
		}
	}

	private static Path location(Tool tool, Workload workload) {
		return switch (tool) {
			case OURS -> workload.ours();
			case FLYWAY -> workload.flyway();
			case LIQUIBASE -> workload.liquibase();
			case FLOOR -> throw new IllegalArgumentException("the floor has no migrations");
		};
	}

	private static Tool tool(String label) {
		for (Tool tool : Tool.values()) {
			if (tool.label().equals(label)) {
				return tool;
			}
		}
		throw new IllegalArgumentException(label);
	}

	private static String key(String label) {
		return label.equals(PSQL) ? "psql" : tool(label).profile();
	}

	private static <T> List<T> rotate(List<T> items, int by) {
		List<T> rotated = new ArrayList<>(items.subList(by % items.size(), items.size()));
		rotated.addAll(items.subList(0, by % items.size()));
		return rotated;
	}

	private static void progress(String scenario, int run) {
		System.out.printf("%s  %s: run %d done%n", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), scenario,
				run + 1);
	}

	private String markdown(String machine, String runs, long minutes) throws Exception {
		return "# Benchmarks: migrations, Flyway, Liquibase\n\n" + "Written by `bash benchmarks/run.sh` on "
				+ OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES) + " (" + runs + ", medians; the whole run took "
				+ minutes
				+ " min). Every tool ran as a fresh JVM per run, on the same PostgreSQL, in rotating order.\n\n"
				+ "## Machine\n\n```\n" + machine.strip() + "\nPostgreSQL: " + this.database.version() + "\n```\n\n"
				+ "## Results\n\n" + this.report.markdown() + "\n" + Notes.TEXT;
	}

}
