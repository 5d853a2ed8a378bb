package dev.migrations.autoconfigure.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.migrations.MigrationListener.Direction;
import dev.migrations.MigrationListener.MigrationEvent;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.Version;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

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
		metrics.afterMigration(
				new MigrationEvent(Version.parse("1"), "create users", "1_create_users.sql", Direction.UP, true),
				Duration.ofMillis(5));
		assertThat(this.registry.get("migrations.pending").gauge().value()).isEqualTo(2.0);
		assertThat(this.registry.get("migrations.applied").gauge().value()).isEqualTo(1.0);
		assertThat(this.statusReads).hasValue(2);
	}

	@Test
	void gaugesAreNotANumberWhenTheStatusCannotBeRead() {
		Migrator unreachable = new Migrator(PostgresServer.get().dataSource("no_such_database"),
				MigrationsConfiguration.defaults());
		new MigrationsMetrics(this.registry, () -> List.of(unreachable), Duration.ofHours(1));
		assertThat(this.registry.get("migrations.pending").gauge().value()).isNaN();
	}

	@Test
	void undoIsTaggedDown() {
		MigrationsMetrics metrics = new MigrationsMetrics(this.registry, List::of, Duration.ofHours(1));
		metrics.afterMigration(new MigrationEvent(Version.parse("3"), "index users by name",
				"3_index_users_by_name.sql", Direction.DOWN, false), Duration.ofMillis(7));
		assertThat(this.registry.get("migrations.execution")
			.tags("outcome", "success", "transactional", "false", "direction", "down")
			.timer()
			.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(7.0);
	}

	private static Migrator migrator() {
		TestDatabase database = PostgresServer.get().createDatabase();
		return new Migrator(database.dataSource(), MigrationsConfiguration.defaults());
	}

}
