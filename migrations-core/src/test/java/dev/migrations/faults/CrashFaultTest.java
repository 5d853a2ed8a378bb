package dev.migrations.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migrator process is killed with SIGKILL ({@link Process#destroyForcibly()}) at a
 * random moment of a migrate of {@link CrashMigrations}, once or twice, then restarted:
 * the restart must finish unaided, and after every kill as at the end the database must
 * show nothing half-applied (see {@link CrashMigrations}). The kill moments are drawn
 * over the length of one uninterrupted migrate, measured first (from the moment the
 * child's JVM is up). 3 trials in the normal build, 100 with {@code -Dfaults.full=true};
 * {@code -Dfaults.seed} changes the draws.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class CrashFaultTest {

	@TempDir
	static Path folder;

	private static Path migrations;

	private static long runMillis;

	private static final Map<String, Integer> killsByState = new TreeMap<>();

	@BeforeAll
	static void measureOneUninterruptedRun() throws Exception {
		migrations = Files.createDirectories(folder.resolve("migrations"));
		CrashMigrations.write(new ScriptFolder(migrations));
		TestDatabase database = PostgresServer.get().createDatabase();
		Path logs = Files.createDirectories(folder.resolve("calibration"));
		MigratorProcess process = startAndRelease(database, logs, "calibration");
		long start = System.nanoTime();
		assertThat(process.await(120)).as(process.tail()).isZero();
		runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		CrashMigrations.check(database, true, "uninterrupted run");
		database.dropSoon();
	}

	@AfterAll
	static void printWhereTheKillsLanded() {
		System.out.printf("Crash suite: a migrate takes %d ms (JVM start-up excluded); where the kills landed: %s%n",
				runMillis, killsByState);
	}

	@TestFactory
	Stream<DynamicTest> aKilledMigratorFinishesOnRestartWithNothingHalfApplied() {
		int trials = SuiteSize.of(3, 100);
		return IntStream.rangeClosed(1, trials)
			.mapToObj((trial) -> DynamicTest.dynamicTest("trial " + trial + " of " + trials, () -> trial(trial)));
	}

	private void trial(int trial) throws Exception {
		long seed = SuiteSize.seed() + trial;
		SplittableRandom random = new SplittableRandom(seed);
		TestDatabase database = PostgresServer.get().createDatabase();
		Path logs = Files.createDirectories(folder.resolve("trial-" + trial));
		List<String> story = new ArrayList<>();
		int kills = 1 + random.nextInt(2);
		for (int kill = 1; kill <= kills; kill++) {
			long delay = random.nextLong(runMillis + 1);
			MigratorProcess process = startAndRelease(database, logs, "killed-" + kill);
			int exit = awaitOrKill(process, delay);
			CrashMigrations.awaitNoSessions(database);
			String context = String.format("trial %d (seed %d, -Dfaults.seed=%d), %s", trial, seed, SuiteSize.seed(),
					story);
			if (exit == -1) {
				story.add("killed after " + delay + " ms");
				String state = CrashMigrations.check(database, false, context + ", killed after " + delay + " ms");
				synchronized (killsByState) {
					killsByState.merge(state, 1, Integer::sum);
				}
			}
			else {
				assertThat(exit).as("a run that finished before its kill; %s; %s", context, process.tail()).isZero();
				story.add("finished before the kill at " + delay + " ms");
			}
		}
		MigratorProcess restart = MigratorProcess.start(database, migrations, logs.resolve("restart.log"));
		String context = String.format("trial %d (seed %d), %s, then restarted", trial, seed, story);
		assertThat(restart.await(120)).as("exit code of the restart; %s; %s", context, restart.tail()).isZero();
		CrashMigrations.awaitNoSessions(database);
		CrashMigrations.check(database, true, context);
		database.dropSoon();
	}

	/**
	 * Starts a migrator and lets it migrate once its JVM is up, so that the kill moments
	 * fall within the migrate, not within JVM start-up.
	 */
	private static MigratorProcess startAndRelease(TestDatabase database, Path logs, String name) throws Exception {
		Path ready = logs.resolve(name + ".ready");
		MigratorProcess process = MigratorProcess.start(database, migrations, logs.resolve(name + ".log"), ready,
				logs.resolve(name + ".go"));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!Files.exists(ready)) {
			assertThat(process.isAlive()).as("the migrator died while starting: %s", process.tail()).isTrue();
			assertThat(System.nanoTime()).as("the migrator started within 60 s").isLessThan(deadline);
			Thread.sleep(1);
		}
		Files.createFile(logs.resolve(name + ".go"));
		return process;
	}

	private static int awaitOrKill(MigratorProcess process, long delayMillis) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
		while (System.nanoTime() < deadline && process.isAlive()) {
			Thread.sleep(1);
		}
		if (process.isAlive()) {
			process.kill();
			return -1;
		}
		return process.await(0);
	}

}
