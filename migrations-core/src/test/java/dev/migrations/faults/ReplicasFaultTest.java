package dev.migrations.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight replicas of an application, each a JVM of its own, start the migrator at the same
 * moment on an empty database: every process must exit successfully and every migration
 * must be applied exactly once. Each transactional migration logs itself in
 * {@code applied_log}, so a second application shows as a second row; the batched one
 * counts its updates per row; the concurrent index build must leave one valid index. 2
 * trials in the normal build, 50 with {@code -Dfaults.full=true}.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ReplicasFaultTest {

	private static final int REPLICAS = 8;

	private static final int TABLES = 10;

	@TempDir
	static Path folder;

	private static ScriptFolder scripts;

	@BeforeAll
	static void writeMigrations() throws IOException {
		scripts = new ScriptFolder(Files.createDirectories(folder.resolve("migrations")));
		scripts.migration("001_log.sql", "CREATE TABLE applied_log (version int NOT NULL, "
				+ "backend int NOT NULL DEFAULT pg_backend_pid());\nINSERT INTO applied_log (version) VALUES (1);",
				"DROP TABLE applied_log;");
		for (int i = 2; i <= TABLES; i++) {
			scripts.migration(String.format("%03d_table_%d.sql", i, i), "CREATE TABLE r_" + i
					+ " (id bigint PRIMARY KEY, v text NOT NULL, touched int NOT NULL DEFAULT 0);\n" + "INSERT INTO r_"
					+ i + " (id, v) SELECT g, md5(g::text) FROM generate_series(1, 2000) g;\n"
					+ "INSERT INTO applied_log (version) VALUES (" + i + ");", "DROP TABLE r_" + i + ";");
		}
		scripts.migration("011_index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS r_2_v_idx ON r_2 (v);",
				"DROP INDEX CONCURRENTLY IF EXISTS r_2_v_idx;");
		scripts.migration("012_batch.sql",
				"-- migrate:batch table=r_3 key=id size=500 pause=1ms\n"
						+ "UPDATE r_3 SET touched = touched + 1 WHERE id BETWEEN :batch_start AND :batch_end;",
				"SELECT 1;");
		scripts.migration("013_last.sql", "INSERT INTO applied_log (version) VALUES (13);", "SELECT 1;");
	}

	@TestFactory
	Stream<DynamicTest> eightReplicasStartingAtOnceApplyEveryMigrationExactlyOnce() {
		int trials = SuiteSize.of(2, 50);
		return IntStream.rangeClosed(1, trials)
			.mapToObj((trial) -> DynamicTest.dynamicTest("trial " + trial + " of " + trials, () -> trial(trial)));
	}

	private void trial(int trial) throws Exception {
		TestDatabase database = PostgresServer.get().createDatabase();
		Path run = Files.createDirectories(folder.resolve("trial-" + trial));
		List<MigratorProcess> replicas = new ArrayList<>();
		try {
			for (int i = 0; i < REPLICAS; i++) {
				replicas.add(MigratorProcess.start(database, scripts.path(), run.resolve("replica-" + i + ".log"),
						run.resolve("ready-" + i), run.resolve("go")));
			}
			awaitReady(run, replicas);
			Files.createFile(run.resolve("go"));
			List<String> applied = new ArrayList<>();
			for (MigratorProcess replica : replicas) {
				assertThat(replica.await(120)).as("exit code of %s", replica.tail()).isZero();
				String result = replica.result();
				assertThat(result).as(replica.tail()).matches("(Applied [0-9,]+|UpToDate) ?");
				if (result.startsWith("Applied ")) {
					applied.addAll(Arrays.asList(result.substring("Applied ".length()).split(",")));
				}
			}
			assertThat(applied).as("versions applied by the replicas, all together")
				.hasSize(13)
				.doesNotHaveDuplicates();
			assertAppliedOnce(database);
		}
		finally {
			for (MigratorProcess replica : replicas) {
				replica.kill();
			}
			database.dropSoon();
		}
	}

	private static void awaitReady(Path run, List<MigratorProcess> replicas) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (IntStream.range(0, REPLICAS).anyMatch((i) -> !Files.exists(run.resolve("ready-" + i)))) {
			for (MigratorProcess replica : replicas) {
				assertThat(replica.isAlive() || Files.exists(run.resolve("go")))
					.as("a replica died while starting: %s", replica.tail())
					.isTrue();
			}
			assertThat(System.nanoTime()).as("replicas ready within 120 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private static void assertAppliedOnce(TestDatabase database) {
		assertThat(
				database.column("SELECT version || ':' || count(*) FROM applied_log GROUP BY version ORDER BY version"))
			.containsExactly("1:1", "2:1", "3:1", "4:1", "5:1", "6:1", "7:1", "8:1", "9:1", "10:1", "13:1");
		assertThat(database.column("SELECT version || ':' || state FROM schema_migrations ORDER BY version"))
			.containsExactly("001:applied", "002:applied", "003:applied", "004:applied", "005:applied", "006:applied",
					"007:applied", "008:applied", "009:applied", "010:applied", "011:applied", "012:applied",
					"013:applied");
		assertThat(database.value("SELECT count(*) FILTER (WHERE touched <> 1) || '/' || count(*) FROM r_3"))
			.as("rows of r_3 not updated exactly once")
			.isEqualTo("0/2000");
		assertThat(database.value("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo("0");
		assertThat(database.value("SELECT count(*) FROM pg_indexes WHERE indexname = 'r_2_v_idx'")).isEqualTo("1");
	}

}
