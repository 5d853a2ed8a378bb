package dev.migrations.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts one tool as a fresh JVM (or psql), waits for it, and measures it: the wall time
 * from start to exit, the time {@code main} reported, the peak heap from the JVM's own GC
 * log ({@code -Xlog:gc,gc+heap+exit}: the largest heap before a collection, or at exit
 * when larger) and the peak RSS the process read from {@code /proc/self/status}. Output
 * goes to a log file per run; a run that fails stops the benchmark with its log.
 */
final class ToolProcess {

	private static final Pattern BEFORE_GC = Pattern.compile("\\[gc\\s*\\].* (\\d+)M->\\d+M\\(\\d+M\\)");

	private static final Pattern HEAP_AT_EXIT = Pattern
		.compile("\\[gc,heap,exit\\s*\\]  ?(\\S[^\\n]*?)\\s+total \\d+K, used (\\d+)K");

	private static final Pattern RESULT = Pattern
		.compile(Invocation.RESULT + "main-ms=(\\d+) rss-peak-kb=(-?\\d+) (.*)");

	private final Path classes;

	private final Path classpaths;

	private final Path logs;

	private final Database database;

	private final String psql;

	private int runs;

	private boolean profile;

	ToolProcess(Path classes, Path classpaths, Path logs, Database database, String psql) {
		this.classes = classes;
		this.classpaths = classpaths;
		this.logs = logs;
		this.database = database;
		this.psql = psql;
	}

	/**
	 * Runs a tool's command in a fresh JVM.
	 * @return the measurement
	 */
	Sample run(Tool tool, String command, String databaseName, Path location, String expect)
			throws IOException, InterruptedException {
		String name = String.format("%04d-%s-%s-%s", ++this.runs, tool.key(), command, databaseName);
		List<String> line = new ArrayList<>(tool.jvmOptions());
		line.addAll(List.of("-cp", classpath(tool.profile()), tool.mainClass(), command,
				this.database.url(databaseName), this.database.user(), this.database.password(), location.toString()));
		Outcome outcome = java(name, line);
		if (!outcome.result().equals(expect)) {
			throw new IllegalStateException(name + ": expected '" + expect + "', got '" + outcome.result() + "'");
		}
		return outcome.sample();
	}

	/**
	 * Runs a main of the benchmarks on a tool's class path and returns what it reported.
	 * @return the figures it printed, such as {@code select-us=… status-us=…}
	 */
	String figures(String name, String profile, String mainClass, List<String> arguments)
			throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of("-cp", classpath(profile), mainClass));
		line.addAll(arguments);
		return java(String.format("%04d-%s", ++this.runs, name), line).result();
	}

	/**
	 * Starts an executable Spring Boot jar against a database.
	 * @return the measurement
	 */
	Sample jar(String label, Path jar, String databaseName) throws IOException, InterruptedException {
		String name = String.format("%04d-%s-%s", ++this.runs, label, databaseName);
		Outcome outcome = java(name,
				List.of("-jar", jar.toString(), "--spring.datasource.url=" + this.database.url(databaseName),
						"--spring.datasource.username=" + this.database.user(),
						"--spring.datasource.password=" + this.database.password()));
		if (!outcome.result().equals("query=1")) {
			throw new IllegalStateException(name + ": expected 'query=1', got '" + outcome.result() + "'");
		}
		return outcome.sample();
	}

	private Outcome java(String name, List<String> arguments) throws IOException, InterruptedException {
		Path gcLog = this.logs.resolve(name + ".gc.log");
		List<String> line = new ArrayList<>();
		line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		line.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
		if (this.profile) {
			line.add("-XX:StartFlightRecording=filename=" + this.logs.resolve(name + ".jfr") + ",settings=profile");
		}
		line.addAll(arguments);
		Finished finished = start(name, new ProcessBuilder(line));
		Matcher result = RESULT.matcher(Files.readString(finished.stdout()));
		if (!result.find()) {
			throw new IllegalStateException(name + ": no result, see " + finished.stdout() + " and " + finished.stderr());
		}
		return new Outcome(new Sample(finished.wallMillis(), Long.parseLong(result.group(1)), heapPeakMb(gcLog),
				Math.max(-1, Long.parseLong(result.group(2)) / 1024)), result.group(3));
	}

	/**
	 * The JFR recording of a run, when runs are profiled.
	 * @param run the run's number
	 * @return the recordings whose name starts with it
	 */
	List<Path> recordings(String nameContains) throws IOException {
		try (var files = Files.list(this.logs)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".jfr"))
				.filter((file) -> file.getFileName().toString().contains(nameContains))
				.sorted()
				.toList();
		}
	}

	/**
	 * What a run printed.
	 * @param nameContains part of the run's name
	 * @return the standard output of the last run whose name contains it
	 */
	String output(String nameContains) throws IOException {
		try (var files = Files.list(this.logs)) {
			Path out = files.filter((file) -> file.getFileName().toString().endsWith(".out"))
				.filter((file) -> file.getFileName().toString().contains(nameContains))
				.sorted()
				.reduce((first, second) -> second)
				.orElseThrow();
			return Files.readString(out).lines().filter((line) -> !line.startsWith(Invocation.RESULT))
				.collect(java.util.stream.Collectors.joining("\n"));
		}
	}

	ToolProcess profiled(boolean profile) {
		ToolProcess copy = new ToolProcess(this.classes, this.classpaths, this.logs, this.database, this.psql);
		copy.runs = this.runs + 5000;
		copy.profile = profile;
		return copy;
	}

	/**
	 * Runs a psql script, each file in its own transaction, in one psql session.
	 * @return the measurement (wall time only)
	 */
	Sample psql(String databaseName, Path script) throws IOException, InterruptedException {
		String name = String.format("%04d-psql-%s", ++this.runs, databaseName);
		ProcessBuilder builder = new ProcessBuilder(this.psql, "-X", "-q", "-h", this.database.host(), "-p",
				String.valueOf(this.database.port()), "-U", this.database.user(), "-d", databaseName, "-f",
				script.toString());
		builder.environment().put("PGPASSWORD", this.database.password());
		return new Sample(start(name, builder).wallMillis(), -1, -1, -1);
	}

	private Finished start(String name, ProcessBuilder builder) throws IOException, InterruptedException {
		Path stdout = this.logs.resolve(name + ".out");
		Path stderr = this.logs.resolve(name + ".err");
		builder.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.redirectInput(ProcessBuilder.Redirect.PIPE);
		long start = System.nanoTime();
		Process process = builder.start();
		process.getOutputStream().close();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(name + " did not finish in 10 minutes, see " + stderr);
		}
		long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		if (process.exitValue() != 0) {
			throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(stderr));
		}
		return new Finished(wall, stdout, stderr);
	}

	private String classpath(String profile) throws IOException {
		return this.classes + File.pathSeparator
				+ Files.readString(this.classpaths.resolve("cp-" + profile + ".txt")).strip();
	}

	static long heapPeakMb(Path gcLog) throws IOException {
		long peakKb = 0;
		long atExitKb = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher gc = BEFORE_GC.matcher(line);
			if (gc.find()) {
				peakKb = Math.max(peakKb, Long.parseLong(gc.group(1)) * 1024);
			}
			Matcher exit = HEAP_AT_EXIT.matcher(line);
			if (exit.find() && !exit.group(1).startsWith("Metaspace") && !exit.group(1).startsWith("class space")) {
				atExitKb += Long.parseLong(exit.group(2));
			}
		}
		return Math.max(peakKb, atExitKb) / 1024;
	}

	private static String tail(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	private record Finished(long wallMillis, Path stdout, Path stderr) {
	}

	private record Outcome(Sample sample, String result) {
	}

}
