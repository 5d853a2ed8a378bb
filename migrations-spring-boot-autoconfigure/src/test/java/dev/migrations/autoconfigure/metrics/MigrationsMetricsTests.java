package dev.migrations.autoconfigure.metrics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.migrations.BatchProgress;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import dev.migrations.MigrationRun.Direction;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.Version;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final AtomicInteger statusReads = new AtomicInteger();

	@Test
	void scrapesReuseTheCachedStatus() {
		Migrator migrator = migrator();
		MigrationsMetrics metrics = new MigrationsMetrics(this.registry, () -> {
			this.statusReads.incrementAndGet();
			return List.of(migrator);
		}, Duration.ofHours(1));
		for (int i = 0; i < 5; i++) {
			assertThat(this.registry.get("migrations.pending").gauge().value()).isEqualTo(3.0);
			assertThat(this.registry.get("migrations.applied").gauge().value()).isZero();
		}
		assertThat(this.statusReads).hasValue(1);
		migrator.migrate(Version.parse("1")).orThrow();
		metrics.afterMigration(new MigrationRun(Version.parse("1"), "create users", "1_create_users.sql", Direction.UP,
				true, Duration.ofMillis(5)));
		assertThat(this.registry.get("migrations.pending").gauge().value()).isEqualTo(2.0);
		assertThat(this.registry.get("migrations.applied").gauge().value()).isEqualTo(1.0);
		assertThat(this.statusReads).hasValue(2);
	}

	@Test
	void gaugesAreNotANumberWhenTheStatusCannotBeRead() {
		Migrator unreachable = Migrator.builder(PostgresServer.get().dataSource("no_such_database")).build();
		new MigrationsMetrics(this.registry, () -> List.of(unreachable), Duration.ofHours(1));
		assertThat(this.registry.get("migrations.pending").gauge().value()).isNaN();
	}

	@Test
	void undoIsTaggedDown() {
		MigrationsMetrics metrics = new MigrationsMetrics(this.registry, List::of, Duration.ofHours(1));
		metrics.afterMigration(new MigrationRun(Version.parse("3"), "index users by name", "3_index_users_by_name.sql",
				Direction.DOWN, false, Duration.ofMillis(7)));
		assertThat(this.registry.get("migrations.execution")
			.tags("outcome", "success", "transactional", "false", "direction", "down")
			.timer()
			.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7.0);
	}

	@Test
	void countsLockRetriesByDirection() {
		MigrationsMetrics metrics = new MigrationsMetrics(this.registry, List::of, Duration.ofHours(1));
		metrics.lockRetry(run(Direction.UP), 1, Duration.ofMillis(500), "pid 42: ALTER TABLE items");
		metrics.lockRetry(run(Direction.UP), 2, Duration.ofSeconds(1), "pid 42: ALTER TABLE items");
		metrics.lockRetry(run(Direction.DOWN), 1, Duration.ofMillis(500), "");
		assertThat(this.registry.get("migrations.lock.retries").tag("direction", "up").counter().count())
			.isEqualTo(2.0);
		assertThat(this.registry.get("migrations.lock.retries").tag("direction", "down").counter().count())
			.isEqualTo(1.0);
	}

	@Test
	void countsTheRowsOfEveryBatchOnceAndFollowsTheRunningStatement() {
		MigrationsMetrics metrics = new MigrationsMetrics(this.registry, List::of, Duration.ofHours(1));
		assertThat(batchProgress()).isZero();
		metrics.beforeMigration(run(Direction.UP));
		metrics.batchCompleted(run(Direction.UP), progress(1, 4, 10));
		metrics.batchCompleted(run(Direction.UP), progress(2, 4, 20));
		metrics.batchCompleted(run(Direction.UP), progress(3, 4, 25));
		assertThat(batchRows()).isEqualTo(25.0);
		assertThat(batchProgress()).isEqualTo(0.75);
		// a second batched statement of the same migration counts its rows from zero
		metrics.batchCompleted(run(Direction.UP), progress(1, 2, 7));
		assertThat(batchRows()).isEqualTo(32.0);
		assertThat(batchProgress()).isEqualTo(0.5);
		metrics.afterMigration(run(Direction.UP).after(Duration.ofSeconds(1)));
		assertThat(batchProgress()).isZero();
	}

	@Test
	void recordsTheBatchesOfARealMigrate(@TempDir Path folder) {
		TestDatabase database = PostgresServer.get().createDatabase();
		database.execute("CREATE TABLE items (id bigint PRIMARY KEY, touched int NOT NULL DEFAULT 0)",
				"INSERT INTO items (id) SELECT g FROM generate_series(1, 95) g", "ANALYZE items");
		ScriptFolder scripts = new ScriptFolder(folder).migration("1_touch_items.sql", """
				-- migrate:batch table=items key=id size=10 pause=0ms
				UPDATE items SET touched = touched + 1 WHERE id BETWEEN :batch_start AND :batch_end;""",
				"UPDATE items SET touched = 0;");
		MigrationsMetrics metrics = new MigrationsMetrics(this.registry, List::of, Duration.ofHours(1));
		List<Double> seen = new ArrayList<>();
		MigrationListener probe = new MigrationListener() {

			@Override
			public void batchCompleted(MigrationRun run, BatchProgress progress) {
				seen.add(batchProgress());
			}

		};
		Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations(scripts.location()).build())
			.listener(MigrationListener.composite(List.of(metrics, probe)))
			.build()
			.migrate()
			.orThrow();
		assertThat(batchRows()).isEqualTo(95.0);
		assertThat(seen).hasSize(10).isSorted().endsWith(1.0);
		assertThat(seen.get(0)).isEqualTo(0.1);
		assertThat(batchProgress()).isZero();
	}

	private double batchRows() {
		return this.registry.get("migrations.batch.rows").tag("direction", "up").counter().count();
	}

	private double batchProgress() {
		return this.registry.get("migrations.batch.progress").gauge().value();
	}

	private static MigrationRun run(Direction direction) {
		return MigrationRun.starting(Version.parse("7"), "touch items", "7_touch_items.sql", direction, false);
	}

	private static BatchProgress progress(long batchesDone, long batchesEstimated, long rows) {
		return new BatchProgress("items", batchesDone, batchesEstimated, rows, batchesDone * 10,
				Duration.ofMillis(batchesDone));
	}

	private static Migrator migrator() {
		TestDatabase database = PostgresServer.get().createDatabase();
		return Migrator.builder(database.dataSource()).build();
	}

}
