package dev.migrations.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight replicas of an application, each a JVM of its own, start the migrator at the same
 * moment on an empty database: every process must exit successfully and every migration
 * must be applied exactly once (see {@link ReplicaMigrations}): a second application of a
 * transactional migration shows as a second row of {@code applied_log}, a batch run twice
 * as a row updated twice, and the concurrent index build must leave one valid index. 2
 * trials in the normal build, 50 with {@code -Dfaults.full=true}.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ReplicasFaultTest {

	private static final int REPLICAS = 8;

	private static final ReplicaMigrations MIGRATIONS = new ReplicaMigrations(10);

	@TempDir
	static Path folder;

	private static ScriptFolder scripts;

	@BeforeAll
	static void writeMigrations() throws IOException {
		scripts = new ScriptFolder(Files.createDirectories(folder.resolve("migrations")));
		MIGRATIONS.write(scripts);
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
		List<ReplicaSet.Exit> exits = ReplicaSet.run(database.jdbcUrl(), database, scripts.path(), run, REPLICAS);
		for (ReplicaSet.Exit exit : exits) {
			assertThat(exit.code()).as("exit code of %s", exit.tail()).isZero();
			assertThat(exit.result()).as(exit.tail()).matches("(Applied [0-9,]+|UpToDate) ?");
		}
		assertThat(ReplicaSet.applied(exits)).as("versions applied by the replicas, all together")
			.hasSize(MIGRATIONS.count())
			.doesNotHaveDuplicates();
		MIGRATIONS.assertAppliedOnce(database);
		database.dropSoon();
	}

}
