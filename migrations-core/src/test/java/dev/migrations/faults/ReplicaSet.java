package dev.migrations.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas of an application, each a {@link MigratorProcess}, started together and let go
 * at the same moment once every JVM is up: what a rolling deploy of N pods does to the
 * migrator.
 */
final class ReplicaSet {

	private ReplicaSet() {
	}

	/**
	 * Starts the replicas, lets them migrate at once and waits for every one to exit.
	 * @param jdbcUrl the URL they connect to
	 * @param database the database, for its credentials
	 * @param location the folder of migration files
	 * @param run a folder of this run's own, for logs and barrier files
	 * @param count how many replicas
	 * @return how each one exited, in start order
	 * @throws Exception if a replica cannot start, or died before the start
	 */
	static List<Exit> run(String jdbcUrl, TestDatabase database, Path location, Path run, int count) throws Exception {
		List<MigratorProcess> replicas = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				replicas.add(MigratorProcess.start(jdbcUrl, database, location, run.resolve("replica-" + i + ".log"),
						run.resolve("ready-" + i), run.resolve("go")));
			}
			awaitReady(run, replicas);
			long go = System.nanoTime();
			Files.createFile(run.resolve("go"));
			List<Exit> exits = new ArrayList<>();
			for (MigratorProcess replica : replicas) {
				int code = replica.await(300);
				long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - go);
				exits.add(
						new Exit(code, replica.result(), replica.lockWaitMillis(), runMillis, replica.tail(), replica));
			}
			return exits;
		}
		finally {
			for (MigratorProcess replica : replicas) {
				replica.kill();
			}
		}
	}

	private static void awaitReady(Path run, List<MigratorProcess> replicas) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (IntStream.range(0, replicas.size()).anyMatch((i) -> !Files.exists(run.resolve("ready-" + i)))) {
			for (MigratorProcess replica : replicas) {
				assertThat(replica.isAlive() || Files.exists(run.resolve("go")))
					.as("a replica died while starting: %s", replica.tail())
					.isTrue();
			}
			assertThat(System.nanoTime()).as("replicas ready within 120 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	/**
	 * The versions the replicas applied, all together.
	 * @param exits how they exited
	 * @return the versions, one entry per application
	 */
	static List<String> applied(List<Exit> exits) {
		List<String> applied = new ArrayList<>();
		for (Exit exit : exits) {
			if (exit.result() != null && exit.result().startsWith("Applied ")) {
				applied.addAll(Arrays.asList(exit.result().substring("Applied ".length()).strip().split(",")));
			}
		}
		return applied;
	}

	/**
	 * How one replica exited.
	 *
	 * @param code the exit code, -1 when it had to be killed
	 * @param result its {@code RESULT} line, or {@code null}
	 * @param lockWaitMillis how long it waited for the lock, or -1 when it never had it
	 * @param runMillis from the start signal to its exit
	 * @param tail the end of its output
	 * @param process the process, for its log
	 */
	record Exit(int code, String result, long lockWaitMillis, long runMillis, String tail, MigratorProcess process) {

		boolean printed(String text) throws IOException {
			return this.process.printed(text);
		}

	}

}
