package dev.migrations.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the scenarios against one PostgreSQL, each tool as a fresh JVM, several runs in
 * rotating order, and writes {@code results.md}:
 * <ol>
 * <li>every boot: {@code migrate} with 1000 applied migrations and none pending (floor: a
 * JVM that opens one connection and runs one query), and the same for a Spring Boot
 * application started with {@code java -jar} (floor: the application without a migration
 * tool);</li>
 * <li>apply 1000 tiny migrations to an empty database (floor: one psql session running
 * {@code BEGIN; \i file; COMMIT;} per file), and 4000 of them;</li>
 * <li>status and validate with 10,000 applied migrations, as whole processes and in a
 * warm JVM (floor: {@code SELECT * FROM schema_migrations});</li>
 * <li>the peak heap of each run;</li>
 * <li>lint throughput against the split alone;</li>
 * <li>a batched backfill against one {@code UPDATE} (when {@code -Dbench.batch.rows} is
 * set).</li>
 * </ol>
 * When {@code cp-before.txt} exists (run.sh with {@code BASELINE_REF}), the engine of that
 * commit runs beside ours in every scenario of the engine alone, in the same run; with
 * {@code -Dbench.profile=true}, extra runs record JFR profiles and their top frames close
 * the report.
 * <p>
 * Arguments:
 * {@code <host> <port> <user> <password> <work-dir> <classpath-dir> <results.md>
 * <machine.txt>}, or {@code --workloads <work-dir>} to only write the files (run.sh builds
 * the Boot applications from them); {@code -Dbench.runs} (5), {@code -Dbench.status.runs}
 * (as many), {@code -Dbench.migrations} (1000), {@code -Dbench.big} (4000, 0 to skip),
 * {@code -Dbench.history} (10000) and {@code -Dbench.psql} ({@code psql}) change the
 * defaults.
 */
public final class BenchmarkRunner {

	private static final String PSQL = "psql, BEGIN; \\i file; COMMIT; per file (floor)";

	private static final String APP_PLAIN = "Boot app, no migration tool (floor)";

	private static final String APP_OURS = "Boot app + migrations starter";

	private static final String APP_BEFORE = "Boot app + migrations starter (before)";

	private static final String APP_FLYWAY = "Boot app + Boot's Flyway";

	private final Database database;

	private final ToolProcess processes;

	private final Path classpaths;

	private final Report report = new Report();

	private final Targets targets = new Targets();

	private final List<String> sections = new ArrayList<>();

	private final int runs = Integer.getInteger("bench.runs", 5);

	private final int statusRuns = Integer.getInteger("bench.status.runs", this.runs);

	private final boolean before;

	private BenchmarkRunner(Database database, ToolProcess processes, Path classpaths) {
		this.database = database;
		this.processes = processes;
		this.classpaths = classpaths;
		this.before = Files.exists(classpaths.resolve("cp-before.txt"));
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("--workloads")) {
			workloads(Path.of(args[1]));
			return;
		}
		Database database = new Database(args[0], Integer.parseInt(args[1]), args[2], args[3]);
		Path work = Path.of(args[4]);
		Path logs = Files.createDirectories(work.resolve("logs"));
		ToolProcess processes = new ToolProcess(Path.of(args[5], "classes"), Path.of(args[5]), logs, database,
				System.getProperty("bench.psql", "psql"));
		BenchmarkRunner runner = new BenchmarkRunner(database, processes, Path.of(args[5]));
		long start = System.nanoTime();
		Workloads workloads = workloads(work);
		runner.apply(workloads.tiny(), true);
		if (workloads.big() != null) {
			runner.apply(workloads.big(), false);
		}
		runner.boot(workloads.tiny());
		runner.bootApps(workloads.tiny());
		runner.status(workloads.history());
		runner.warm(workloads.history());
		runner.lint();
		runner.batched();
		runner.profile(workloads.tiny());
		long minutes = (System.nanoTime() - start) / 60_000_000_000L;
		Files.writeString(Path.of(args[6]), runner.markdown(Files.readString(Path.of(args[7])), minutes));
		System.out.println(Files.readString(Path.of(args[6])));
	}

	private static Workloads workloads(Path work) throws Exception {
		int big = Integer.getInteger("bench.big", 4000);
		return new Workloads(Workload.tables(work.resolve("tables"), Integer.getInteger("bench.migrations", 1000)),
				(big > 0) ? Workload.tables(work.resolve("tables-big"), big) : null,
				Workload.noOps(work.resolve("history"), Integer.getInteger("bench.history", 10_000)));
	}

	private void apply(Workload workload, boolean everyTool) throws Exception {
		String scenario = "(2" + (everyTool ? "" : "b") + ") apply " + workload.count() + " to an empty database";
		this.report.floor(scenario, PSQL);
		List<String> tools = new ArrayList<>(List.of(PSQL, Tool.OURS.label()));
		if (this.before) {
			tools.add(Tool.BEFORE.label());
		}
		if (everyTool) {
			tools.addAll(List.of(Tool.OURS_LINT_OFF.label(), Tool.FLYWAY.label(), Tool.LIQUIBASE.label()));
		}
		for (int run = 0; run < this.runs; run++) {
			for (String tool : rotate(tools, run)) {
				String name = "apply" + (everyTool ? "" : "_big") + "_" + key(tool) + "_" + run;
				this.database.create(name);
				this.database.checkpoint();
				Sample sample = tool.equals(PSQL) ? this.processes.psql(name, workload.psql())
						: migrate(tool, name, workload);
				checkTables(name, workload.count());
				this.report.add(scenario, tool, sample);
				if (!everyTool || run > 0 || tool.equals(PSQL) || tool.equals(Tool.OURS_LINT_OFF.label())) {
					this.database.drop(name);
				}
			}
			progress(scenario, run);
		}
		Long psql = this.report.median(scenario, PSQL);
		Long ours = this.report.median(scenario, Tool.OURS.label());
		if (everyTool) {
			this.targets.ratio("apply " + workload.count() + " tiny migrations, lint on", "psql " + psql + " ms",
					this.report.median(scenario, Tool.BEFORE.label()), ours, psql, 1.25);
		}
		else {
			Long small = this.report.median("(2) apply " + Integer.getInteger("bench.migrations", 1000)
					+ " to an empty database", Tool.OURS.label());
			Long smallBefore = this.report.median("(2) apply " + Integer.getInteger("bench.migrations", 1000)
					+ " to an empty database", Tool.BEFORE.label());
			Long bigBefore = this.report.median(scenario, Tool.BEFORE.label());
			this.targets.ratio("apply " + workload.count() + " vs apply 1000 (ours)", "4 × apply 1000",
					(bigBefore != null && smallBefore != null) ? bigBefore * 1000 / smallBefore : null,
					(ours * 1000 / small), 1000L, 4.4);
		}
	}

	private void boot(Workload workload) throws Exception {
		String scenario = "(1) every boot: " + workload.count() + " applied, none pending";
		this.report.floor(scenario, Tool.FLOOR.label());
		List<Tool> tools = new ArrayList<>(List.of(Tool.FLOOR, Tool.OURS, Tool.FLYWAY, Tool.LIQUIBASE));
		if (this.before) {
			tools.add(2, Tool.BEFORE);
		}
		for (int run = 0; run < this.runs; run++) {
			for (Tool tool : rotate(tools, run)) {
				String name = "apply_" + ((tool == Tool.FLOOR) ? Tool.OURS : tool).key() + "_0";
				Sample sample = (tool == Tool.FLOOR) ? this.processes.run(tool, "query", name, Path.of("."), "query=1")
						: this.processes.run(tool, "migrate", name, location(tool, workload),
								(tool == Tool.LIQUIBASE) ? "updated" : "applied=0");
				this.report.add(scenario, tool.label(), sample);
			}
			progress(scenario, run);
		}
		Long floor = this.report.median(scenario, Tool.FLOOR.label());
		this.targets.difference("every boot, " + workload.count() + " applied, core facade, whole JVM",
				"JVM + 1 query " + floor + " ms", this.report.median(scenario, Tool.BEFORE.label()),
				this.report.median(scenario, Tool.OURS.label()), floor, 100);
	}

	private void bootApps(Workload workload) throws Exception {
		Map<String, Path> jars = new LinkedHashMap<>();
		jars.put(APP_PLAIN, this.classpaths.resolve("app-plain.jar"));
		jars.put(APP_OURS, this.classpaths.resolve("app-ours.jar"));
		jars.put(APP_BEFORE, this.classpaths.resolve("app-before.jar"));
		jars.put(APP_FLYWAY, this.classpaths.resolve("app-flyway.jar"));
		jars.values().removeIf((jar) -> !Files.exists(jar));
		if (!jars.containsKey(APP_PLAIN) || !jars.containsKey(APP_OURS)) {
			return;
		}
		String scenario = "(1b) Spring Boot app (java -jar, JDBC starter): " + workload.count()
				+ " applied, none pending";
		this.report.floor(scenario, APP_PLAIN);
		for (int run = 0; run < this.runs; run++) {
			for (String app : rotate(new ArrayList<>(jars.keySet()), run)) {
				String name = app.equals(APP_FLYWAY) ? "apply_flyway_0"
						: app.equals(APP_BEFORE) ? "apply_before_0" : "apply_ours_0";
				this.report.add(scenario, app, this.processes.jar(key(app), jars.get(app), name));
			}
			progress(scenario, run);
		}
		Long plain = this.report.median(scenario, APP_PLAIN);
		this.targets.difference("Spring Boot app, " + workload.count() + " applied, with the starter vs without",
				"app without a tool " + plain + " ms", this.report.median(scenario, APP_BEFORE),
				this.report.median(scenario, APP_OURS), plain, 200);
	}

	private void status(Workload workload) throws Exception {
		String statusScenario = "(3a) status/info, " + workload.count() + " applied";
		String validateScenario = "(3b) validate, " + workload.count() + " applied";
		List<Tool> tools = statusTools();
		for (Tool tool : tools) {
			String name = "history_" + tool.key();
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
			for (Tool tool : rotate(tools, run)) {
				Path location = location(tool, workload);
				String name = "history_" + tool.key();
				this.report.add(statusScenario, tool.label(), this.processes.run(tool, "status", name, location,
						(tool == Tool.LIQUIBASE) ? "unrun=0" : "migrations=" + workload.count()));
				this.report.add(validateScenario, tool.label(),
						this.processes.run(tool, "validate", name, location, "valid"));
			}
			progress(statusScenario + " and validate", run);
		}
	}

	private List<Tool> statusTools() {
		List<Tool> tools = new ArrayList<>(List.of(Tool.OURS, Tool.FLYWAY, Tool.LIQUIBASE));
		if (this.before) {
			tools.add(1, Tool.BEFORE);
		}
		return tools;
	}

	private void warm(Workload workload) throws Exception {
		StringBuilder table = new StringBuilder("### (3c) status() and validate() in a warm JVM, " + workload.count()
				+ " applied, one pooled connection\n\nMedians of " + Integer.getInteger("bench.warm.runs", 40)
				+ " calls each after 30 warm-up calls, in µs; the floor reads every column of every row of"
				+ " `SELECT * FROM schema_migrations` on the same connection.\n\n"
				+ "| engine | SELECT * (floor) | status() | × floor | validate() | × floor |\n"
				+ "|---|--:|--:|--:|--:|--:|\n");
		Map<String, Map<String, Long>> byEngine = new LinkedHashMap<>();
		for (String profile : profiles()) {
			Map<String, Long> figures = parse(this.processes.figures("warm-status-" + profile, profile,
					WarmStatusMain.class.getName(), List.of("status", this.database.url("history_ours"),
							this.database.user(), this.database.password(), workload.ours().toString())));
			byEngine.put(profile, figures);
			long select = figures.get("select-us");
			table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %.2f |%n", profile, select,
					figures.get("status-us"), (double) figures.get("status-us") / select, figures.get("validate-us"),
					(double) figures.get("validate-us") / select));
		}
		this.sections.add(table.toString());
		Map<String, Long> ours = byEngine.get("ours");
		Map<String, Long> before = byEngine.get("before");
		this.targets.ratio("warm status(), " + workload.count() + " applied", "SELECT * " + ours.get("select-us")
				+ " µs", (before != null) ? before.get("status-us") * ours.get("select-us") / before.get("select-us")
						: null,
				ours.get("status-us"), ours.get("select-us"), 1.5);
		this.targets.ratio("warm validate(), " + workload.count() + " applied", "SELECT * " + ours.get("select-us")
				+ " µs", (before != null) ? before.get("validate-us") * ours.get("select-us") / before.get("select-us")
						: null,
				ours.get("validate-us"), ours.get("select-us"), 1.5);
	}

	private void lint() throws Exception {
		StringBuilder table = new StringBuilder("### (5) Lint throughput, in one JVM\n\n"
				+ "50,000 statements (5,000 generated migrations of ten); medians of 7 runs after 2 warm-ups. Each "
				+ "run reads and splits a fresh copy of the files (split: for ours, lexing each statement once and "
				+ "describing it from the tokens kept; before, lexing and cutting only), then lints it (lint: for "
				+ "ours, the locks and the rules over the descriptions; before, lexing each statement again to read "
				+ "it, then the same). Wall time, and the CPU time of the thread, which a busy machine disturbs less "
				+ "and which leaves out garbage-collection pauses (and the split's reading of files on other "
				+ "cores).\n\n| engine | split (ms) | lint (ms) | lint / split | split CPU (ms) | lint CPU (ms) "
				+ "| lint / split, CPU | lint statements/s |\n|---|--:|--:|--:|--:|--:|--:|--:|\n");
		Map<String, Map<String, Long>> byEngine = new LinkedHashMap<>();
		for (String profile : profiles()) {
			Map<String, Long> figures = parse(this.processes.figures("lint-throughput-" + profile, profile,
					LintThroughputMain.class.getName(), List.of()));
			byEngine.put(profile, figures);
			long split = figures.get("split-us");
			long lint = figures.get("lint-us");
			long splitCpu = figures.get("split-cpu-us");
			long lintCpu = figures.get("lint-cpu-us");
			table.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %d | %d | %.2f | %,d |%n", profile,
					split / 1000, lint / 1000, (double) lint / split, splitCpu / 1000, lintCpu / 1000,
					(double) lintCpu / splitCpu, Math.round(figures.get("statements") / (lint / 1e6))));
		}
		this.sections.add(table.toString());
		Map<String, Long> ours = byEngine.get("ours");
		Map<String, Long> before = byEngine.get("before");
		this.targets.ratio("lint, 50,000 statements, vs the split (wall)", "split " + ours.get("split-us") / 1000 + " ms",
				(before != null) ? before.get("lint-us") * ours.get("split-us") / before.get("split-us") : null,
				ours.get("lint-us"), ours.get("split-us"), 1.3);
		this.targets.ratio("lint vs the split (thread CPU)", "split " + ours.get("split-cpu-us") / 1000 + " ms",
				(before != null)
						? before.get("lint-cpu-us") * ours.get("split-cpu-us") / before.get("split-cpu-us") : null,
				ours.get("lint-cpu-us"), ours.get("split-cpu-us"), 1.3);
	}

	private void batched() throws Exception {
		long rows = Long.getLong("bench.batch.rows", 0);
		if (rows <= 0) {
			return;
		}
		String name = "batched-update";
		Map<String, Long> figures = parse(this.processes.figures(name, "ours", BatchedUpdateBenchmark.class.getName(),
				List.of(this.database.host(), String.valueOf(this.database.port()), this.database.user(),
						this.database.password(), String.valueOf(rows))));
		this.sections.add("### (6) Batched backfill against one UPDATE, " + String.format("%,d", rows)
				+ " rows (about half archived)\n\n" + this.processes.output(name).strip() + "\n");
		this.targets.atLeast("batched backfill rows/s vs one UPDATE", "one UPDATE",
				figures.get("ratio-permille") / 1000.0, 0.7);
		this.targets.below("batched backfill, concurrent one-row writer's max", "", figures.get("probe-max-us") / 1000.0,
				50);
	}

	private void profile(Workload workload) throws Exception {
		if (!Boolean.getBoolean("bench.profile")) {
			return;
		}
		ToolProcess profiled = this.processes.profiled(true);
		StringBuilder section = new StringBuilder("### JFR: the top frames of our engine's main thread\n\n"
				+ "Separate runs with `-XX:StartFlightRecording=settings=profile` (not the timed ones): ten "
				+ "every-boot runs and two applies of " + workload.count() + " per engine.\n\n");
		for (Tool tool : this.before ? List.of(Tool.BEFORE, Tool.OURS) : List.of(Tool.OURS)) {
			for (int run = 0; run < 10; run++) {
				profiled.run(tool, "migrate", "apply_" + tool.key() + "_0", location(tool, workload), "applied=0");
			}
			for (int run = 0; run < 2; run++) {
				String name = "profile_" + tool.key() + "_" + run;
				this.database.create(name);
				profiled.run(tool, "migrate", name, location(tool, workload), "applied=" + workload.count());
				this.database.drop(name);
			}
			section.append(JfrTop.top(tool.label() + ", every boot", 15,
					profiled.recordings(tool.key() + "-migrate-apply_")));
			section.append(JfrTop.top(tool.label() + ", apply " + workload.count(), 15,
					profiled.recordings(tool.key() + "-migrate-profile_")));
		}
		this.sections.add(section.toString());
	}

	private List<String> profiles() {
		return this.before ? List.of("before", "ours") : List.of("ours");
	}

	private static Map<String, Long> parse(String figures) {
		Map<String, Long> values = new LinkedHashMap<>();
		for (String pair : figures.trim().split("\\s+")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
		}
		return values;
	}

	private Sample migrate(String label, String name, Workload workload) throws Exception {
		Tool tool = tool(label);
		String expect = (tool == Tool.LIQUIBASE) ? "updated" : "applied=" + workload.count();
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
			case OURS, OURS_LINT_OFF, BEFORE -> workload.ours();
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
		return switch (label) {
			case PSQL -> "psql";
			case APP_PLAIN -> "app_plain";
			case APP_OURS -> "app_ours";
			case APP_BEFORE -> "app_before";
			case APP_FLYWAY -> "app_flyway";
			default -> tool(label).key();
		};
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

	private String markdown(String machine, long minutes) throws Exception {
		String runs = this.runs + " runs each"
				+ ((this.statusRuns != this.runs) ? " (" + this.statusRuns + " for scenario 3)" : "");
		return "# Benchmarks: migrations, Flyway, Liquibase\n\n" + "Written by `bash benchmarks/run.sh` on "
				+ OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES) + " (" + runs + ", medians; the whole run took "
				+ minutes + " min). Every tool ran as a fresh JVM per run, on the same PostgreSQL, in rotating order"
				+ (this.before ? "; \"before\" is the engine of the baseline commit, measured in the same run" : "")
				+ ".\n\n## Machine\n\n```\n" + machine.strip() + "\nload average at the end: " + loadAverage()
				+ "\nPostgreSQL: " + this.database.version() + "\n```\n\n## Targets\n\n" + this.targets.markdown()
				+ "\n## Results\n\n" + this.report.markdown() + "\n" + String.join("\n", this.sections) + "\n"
				+ Notes.TEXT;
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (Exception ex) {
			return "?";
		}
	}

	private record Workloads(Workload tiny, Workload big, Workload history) {
	}

}
