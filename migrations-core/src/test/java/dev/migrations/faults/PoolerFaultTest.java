package dev.migrations.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.migrations.testsupport.PgBouncer;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight replicas, each a JVM of its own, start the migrator at the same moment on an
 * empty database through a real PgBouncer (started here in front of the embedded server),
 * with pgjdbc's defaults (statements prepared on the server after 5 executions): in
 * transaction pooling, and in session pooling with a pool of 5 server connections, fewer
 * than the replicas. Every replica must exit 0, every migration (see
 * {@link ReplicaMigrations}: 25, a concurrent index build and a batched update among
 * them) must be applied exactly once, and no advisory lock and no INVALID index may be
 * left once they are gone. A pool too small for one migrator, and statement pooling, must
 * fail fast naming the setting. 2 trials per mode in the normal build, 10 with
 * {@code -Dfaults.full=true} (which adds pools of exactly 2, the migrator's budget). The
 * trial table is printed at the end. Skipped where pgbouncer is not installed.
 */
@Timeout(value = 60, unit = TimeUnit.MINUTES)
class PoolerFaultTest {

	private static final int REPLICAS = 8;

	private static final ReplicaMigrations MIGRATIONS = new ReplicaMigrations(22);

	private static final Map<String, PgBouncer> poolers = new ConcurrentHashMap<>();

	private static final Map<String, Tally> tallies = new TreeMap<>();

	@TempDir
	static Path folder;

	private static ScriptFolder scripts;

	@BeforeAll
	static void writeMigrations() throws IOException {
		scripts = new ScriptFolder(Files.createDirectories(folder.resolve("migrations")));
		MIGRATIONS.write(scripts);
	}

	@AfterAll
	static void printTheTrialTable() {
		poolers.values().forEach(PgBouncer::close);
		if (tallies.isEmpty()) {
			return;
		}
		StringBuilder table = new StringBuilder(
				String.format("%nPooler suite (%d replicas, %d migrations):%n", REPLICAS, MIGRATIONS.count()));
		table.append(Tally.HEADER);
		synchronized (tallies) {
			tallies.values().forEach((tally) -> table.append(tally.row()));
		}
		System.out.print(table);
	}

	@TestFactory
	Stream<DynamicTest> eightReplicasBehindTransactionPoolingApplyEveryMigrationExactlyOnce() {
		return trials("transaction", 5, SuiteSize.of(2, 10));
	}

	@TestFactory
	Stream<DynamicTest> eightReplicasBehindSessionPoolingOfFiveApplyEveryMigrationExactlyOnce() {
		return trials("session", 5, SuiteSize.of(2, 10));
	}

	@TestFactory
	Stream<DynamicTest> eightReplicasBehindPoolsOfExactlyTwoApplyEveryMigrationExactlyOnce() {
		return Stream.concat(trials("transaction", 2, SuiteSize.of(0, 10)), trials("session", 2, SuiteSize.of(0, 10)));
	}

	@Test
	void aPoolTooSmallForOneMigratorFailsFastNamingDefaultPoolSize() throws Exception {
		PgBouncer pgBouncer = pooler("session", 1);
		TestDatabase database = PostgresServer.get().createDatabase();
		int replicas = SuiteSize.of(1, 3);
		Path run = Files.createDirectories(folder.resolve("pool-of-one"));

		List<ReplicaSet.Exit> exits = ReplicaSet.run(pgBouncer.jdbcUrl(database), database, scripts.path(), run,
				replicas);

		Tally tally = tally("session", 1).add(exits, 0, ReplicaMigrations.locksLeft(database),
				ReplicaMigrations.invalidIndexes(database));
		for (ReplicaSet.Exit exit : exits) {
			assertThat(exit.code()).as(exit.tail()).isEqualTo(1);
			assertThat(exit.printed("default_pool_size")).as(exit.tail()).isTrue();
			assertThat(exit.printed("spring.datasource.hikari.maximum-pool-size")).as(exit.tail()).isTrue();
		}
		// each one waits 10 s for its second connection, then the next one takes the lock
		assertThat(tally.worstRunMillis).isLessThan(replicas * 30_000L);
		assertThat(database.tableExists("schema_migrations")).as("nothing ran").isFalse();
		assertThat(tally.locksLeft).isZero();
	}

	@Test
	void statementPoolingIsRefusedFastNamingPoolMode() throws Exception {
		PgBouncer pgBouncer = pooler("statement", 5);
		TestDatabase database = PostgresServer.get().createDatabase();
		Path run = Files.createDirectories(folder.resolve("statement"));

		List<ReplicaSet.Exit> exits = ReplicaSet.run(pgBouncer.jdbcUrl(database), database, scripts.path(), run,
				SuiteSize.of(1, 3));

		Tally tally = tally("statement", 5).add(exits, 0, ReplicaMigrations.locksLeft(database),
				ReplicaMigrations.invalidIndexes(database));
		for (ReplicaSet.Exit exit : exits) {
			assertThat(exit.code()).as(exit.tail()).isEqualTo(1);
			assertThat(exit.printed("pool_mode=statement")).as(exit.tail()).isTrue();
		}
		assertThat(tally.worstRunMillis).isLessThan(30_000L);
		assertThat(database.tableExists("schema_migrations")).as("nothing ran").isFalse();
	}

	@Test
	void aMigratorKilledWhileHoldingTheLockReleasesItAtOnceBehindTransactionPooling() throws Exception {
		PgBouncer pgBouncer = pooler("transaction", 5);
		TestDatabase database = PostgresServer.get().createDatabase();
		ScriptFolder slow = new ScriptFolder(Files.createDirectories(folder.resolve("slow"))).migration("1_slow.sql",
				"CREATE TABLE slow (id bigint);\nSELECT pg_sleep(60);", "DROP TABLE slow;");
		MigratorProcess migrator = MigratorProcess.start(pgBouncer.jdbcUrl(database), database, slow.path(),
				folder.resolve("killed.log"));
		try {
			awaitLocks(database, 1, migrator);

			migrator.kill();
			long killed = System.nanoTime();
			awaitLocks(database, 0, migrator);
			long releasedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);

			System.out.printf("Behind transaction pooling, the lock of a migrator killed with SIGKILL was gone "
					+ "%d ms after the kill%n", releasedAfter);
			assertThat(releasedAfter).isLessThan(5000);
			assertThat(database.tableExists("slow")).as("its migration was rolled back").isFalse();
		}
		finally {
			migrator.kill();
		}
	}

	private static void awaitLocks(TestDatabase database, int count, MigratorProcess migrator) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (ReplicaMigrations.locksLeft(database) != count) {
			assertThat(System.nanoTime()).as("%d advisory lock(s) within 60 s: %s", count, migrator.tail())
				.isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private Stream<DynamicTest> trials(String mode, int poolSize, int trials) {
		return IntStream.rangeClosed(1, trials)
			.mapToObj((trial) -> DynamicTest.dynamicTest(
					mode + " pooling, pool of " + poolSize + ": trial " + trial + " of " + trials,
					() -> trial(mode, poolSize, trial)));
	}

	private void trial(String mode, int poolSize, int trial) throws Exception {
		PgBouncer pgBouncer = pooler(mode, poolSize);
		TestDatabase database = PostgresServer.get().createDatabase();
		Path run = Files.createDirectories(folder.resolve(mode + "-" + poolSize + "-trial-" + trial));

		List<ReplicaSet.Exit> exits = ReplicaSet.run(pgBouncer.jdbcUrl(database), database, scripts.path(), run,
				REPLICAS);

		List<String> applied = ReplicaSet.applied(exits);
		int doubles = MIGRATIONS.doubleApplies(database) + (applied.size() - (int) applied.stream().distinct().count());
		tally(mode, poolSize).add(exits, doubles, ReplicaMigrations.locksLeft(database),
				ReplicaMigrations.invalidIndexes(database));
		for (ReplicaSet.Exit exit : exits) {
			assertThat(exit.code()).as("exit code of %s%n%s", exit.tail(), pgBouncer.log()).isZero();
			assertThat(exit.result()).as(exit.tail()).matches("(Applied [0-9,]+|UpToDate) ?");
		}
		assertThat(applied).as("versions applied by the replicas, all together")
			.hasSize(MIGRATIONS.count())
			.doesNotHaveDuplicates();
		MIGRATIONS.assertAppliedOnce(database);
		assertThat(ReplicaMigrations.locksLeft(database)).as("advisory locks left after every replica exited").isZero();
		database.dropSoon();
	}

	private static PgBouncer pooler(String mode, int poolSize) {
		return poolers.computeIfAbsent(mode + "/" + poolSize,
				(key) -> PgBouncer.start(PostgresServer.get(), mode, poolSize));
	}

	private static Tally tally(String mode, int poolSize) {
		synchronized (tallies) {
			return tallies.computeIfAbsent(String.format("%-11s %2d", mode, poolSize),
					(key) -> new Tally(mode, poolSize));
		}
	}

	/**
	 * The counts of one mode and pool size, over its trials.
	 */
	private static final class Tally {

		static final String HEADER = String.format("%-11s %4s %6s %9s %13s %10s %7s %13s %10s%n", "mode", "pool",
				"trials", "exit 0", "double applies", "locks left", "INVALID", "worst wait ms", "worst run ms");

		private final String mode;

		private final int poolSize;

		private int trials;

		private int replicas;

		private int exitedZero;

		private int doubleApplies;

		private int locksLeft;

		private int invalidIndexes;

		private long worstWaitMillis;

		private long worstRunMillis;

		Tally(String mode, int poolSize) {
			this.mode = mode;
			this.poolSize = poolSize;
		}

		synchronized Tally add(List<ReplicaSet.Exit> exits, int doubles, int locks, int invalid) {
			this.trials++;
			this.replicas += exits.size();
			this.exitedZero += (int) exits.stream().filter((exit) -> exit.code() == 0).count();
			this.doubleApplies += doubles;
			this.locksLeft += locks;
			this.invalidIndexes += invalid;
			for (ReplicaSet.Exit exit : exits) {
				this.worstWaitMillis = Math.max(this.worstWaitMillis, exit.lockWaitMillis());
				this.worstRunMillis = Math.max(this.worstRunMillis, exit.runMillis());
			}
			return this;
		}

		synchronized String row() {
			return String.format("%-11s %4d %6d %9s %13d %10d %7d %13d %10d%n", this.mode, this.poolSize, this.trials,
					this.exitedZero + "/" + this.replicas, this.doubleApplies, this.locksLeft, this.invalidIndexes,
					this.worstWaitMillis, this.worstRunMillis);
		}

	}

}
