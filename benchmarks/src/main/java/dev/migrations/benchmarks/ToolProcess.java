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
		String name = String.format("%04d-%s-%s-%s", ++this.runs, tool.profile(), command, databaseName);
		Path gcLog = this.logs.resolve(name + ".gc.log");
		List<String> line = new ArrayList<>();
		line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		line.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
		line.addAll(tool.jvmOptions());
		line.addAll(List.of("-cp", classpath(tool), tool.mainClass(), command, this.database.url(databaseName),
				this.database.user(), this.database.password(), location.toString()));
		Finished finished = start(name, new ProcessBuilder(line));
		Matcher result = RESULT.matcher(Files.readString(finished.stdout()));
		if (!result.find() || !result.group(3).equals(expect)) {
			throw new IllegalStateException(
					name + ": expected '" + expect + "', see " + finished.stdout() + " and " + finished.stderr());
		}
		return new Sample(finished.wallMillis(), Long.parseLong(result.group(1)), heapPeakMb(gcLog),
				Math.max(-1, Long.parseLong(result.group(2)) / 1024));
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

	private String classpath(Tool tool) throws IOException {
		return this.classes + File.pathSeparator
				+ Files.readString(this.classpaths.resolve("cp-" + tool.profile() + ".txt")).strip();
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

}
