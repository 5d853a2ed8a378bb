package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The arguments every tool's main takes, {@code <command> <jdbc-url> <user> <password>
 * <location>}, and the one line each prints when done: how long {@code main} took and the
 * process's peak resident set size, which {@link ToolProcess} reads back.
 *
 * @param command {@code migrate}, {@code status} or {@code validate}
 * @param url the JDBC URL
 * @param user the user
 * @param password the password
 * @param location the folder (or, for Liquibase, the changelog) of the tool's files
 */
record Invocation(String command, String url, String user, String password, Path location) {

	static final String RESULT = "RESULT ";

	static Invocation of(String[] args) {
		if (args.length != 5) {
			throw new IllegalArgumentException(
					"usage: <migrate|status|validate> <jdbc-url> <user> <password> <location>");
		}
		return new Invocation(args[0], args[1], args[2], args[3], Path.of(args[4]));
	}

	/**
	 * Prints the result line.
	 * @param start {@link System#nanoTime()} when main started
	 * @param outcome what the command reported, such as {@code applied=1000}
	 */
	static void report(long start, String outcome) {
		long mainMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		System.out.println(RESULT + "main-ms=" + mainMillis + " rss-peak-kb=" + peakResidentKb() + " " + outcome);
	}

	private static long peakResidentKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: no figure
		}
		return -1;
	}

}
