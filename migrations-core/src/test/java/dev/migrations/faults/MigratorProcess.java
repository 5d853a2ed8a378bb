package dev.migrations.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrations.testsupport.TestDatabase;

/**
 * A {@link MigratorMain} running in a JVM of its own, started from this test JVM's java
 * and classpath; its output goes to a log file. The child JVM is tuned to start fast (C1
 * only, serial GC, small heap): eight of them start at once on two cores.
 */
final class MigratorProcess {

	private final Process process;

	private final Path log;

	private MigratorProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a migrator.
	 * @param database the database to migrate
	 * @param location the folder of migration files
	 * @param log where its output goes
	 * @param barrier the ready and go files, or none
	 * @return the running process
	 * @throws IOException if it cannot start
	 */
	static MigratorProcess start(TestDatabase database, Path location, Path log, Path... barrier) throws IOException {
		return start(database.jdbcUrl(), database, location, log, barrier);
	}

	/**
	 * Starts a migrator on a JDBC URL of its own (through a pooler, say).
	 * @param jdbcUrl the URL to connect to
	 * @param database the database, for its credentials
	 * @param location the folder of migration files
	 * @param log where its output goes
	 * @param barrier the ready and go files, or none
	 * @return the running process
	 * @throws IOException if it cannot start
	 */
	static MigratorProcess start(String jdbcUrl, TestDatabase database, Path location, Path log, Path... barrier)
			throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-XX:+UseSerialGC", "-Xmx128m", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
						MigratorMain.class.getName(), jdbcUrl, database.server().user(), database.server().password(),
						location.toString()));
		Arrays.stream(barrier).map(Path::toString).forEach(command::add);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		process.getOutputStream().close();
		return new MigratorProcess(process, log);
	}

	/**
	 * Waits for the process to exit, killing it if it takes too long.
	 * @param seconds how long to wait
	 * @return the exit code, or -1 when it had to be killed
	 * @throws InterruptedException if interrupted
	 */
	int await(long seconds) throws InterruptedException {
		if (this.process.waitFor(seconds, TimeUnit.SECONDS)) {
			return this.process.exitValue();
		}
		kill();
		return -1;
	}

	/**
	 * Kills the process with SIGKILL and waits until it is gone.
	 * @throws InterruptedException if interrupted
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * The {@code RESULT} line, or {@code null} when the process printed none.
	 * @return the outcome and the versions it applied
	 */
	String result() throws IOException {
		return Files.readAllLines(this.log)
			.stream()
			.filter((line) -> line.startsWith(MigratorMain.RESULT))
			.map((line) -> line.substring(MigratorMain.RESULT.length()).strip())
			.findFirst()
			.orElse(null);
	}

	/**
	 * How long the migrator waited for the lock, as it printed it.
	 * @return the wait in milliseconds, or -1 when it printed none
	 * @throws IOException if the log cannot be read
	 */
	long lockWaitMillis() throws IOException {
		return Files.readAllLines(this.log)
			.stream()
			.filter((line) -> line.startsWith(MigratorMain.LOCK_WAIT))
			.mapToLong((line) -> Long.parseLong(line.substring(MigratorMain.LOCK_WAIT.length()).strip()))
			.findFirst()
			.orElse(-1);
	}

	/**
	 * Whether the output holds a text.
	 * @param text the text
	 * @return whether it does
	 * @throws IOException if the log cannot be read
	 */
	boolean printed(String text) throws IOException {
		return Files.readString(this.log).contains(text);
	}

	/**
	 * The end of the process's output, for failure messages.
	 * @return the last lines
	 */
	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return this.log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
		}
		catch (IOException ex) {
			return this.log + ": " + ex;
		}
	}

}
