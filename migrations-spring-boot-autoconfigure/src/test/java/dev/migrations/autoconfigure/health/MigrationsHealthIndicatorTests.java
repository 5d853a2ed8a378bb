package dev.migrations.autoconfigure.health;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.MissingFilePolicy;
import dev.migrations.Version;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationsHealthIndicatorTests {

	@Test
	void upWhenEverythingIsApplied() {
		TestDatabase database = database();
		migrator(database, "classpath:db/migrations").migrate().orThrow();
		Health health = new MigrationsHealthIndicator(migrator(database, "classpath:db/migrations"), true).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("currentVersion", "3")
			.containsEntry("applied", 3L)
			.containsEntry("pending", 0L)
			.containsEntry("partial", 0L)
			.containsEntry("changed", 0L)
			.containsEntry("missingFile", 0L)
			.containsEntry("outOfOrder", 0L)
			.containsEntry("held", 0L);
	}

	@Test
	void aHeldContractMigrationKeepsTheHealthUpEvenInValidateMode() {
		TestDatabase database = database();
		migrator(database, "classpath:db/contract").migrate().orThrow();
		Health health = new MigrationsHealthIndicator(migrator(database, "classpath:db/contract"), true).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("currentVersion", "1")
			.containsEntry("applied", 1L)
			.containsEntry("held", 1L)
			.containsEntry("pending", 0L);
	}

	@Test
	void pendingMigrationsAreNoProblemWhenTheApplicationMigrates() {
		TestDatabase database = database();
		Health health = new MigrationsHealthIndicator(migrator(database, "classpath:db/migrations"), false).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("currentVersion", "none").containsEntry("pending", 3L);
	}

	@Test
	void downWhenMigrationsArePendingInValidateMode() {
		TestDatabase database = database();
		migrator(database, "classpath:db/migrations").migrate(Version.parse("1")).orThrow();
		Health health = new MigrationsHealthIndicator(migrator(database, "classpath:db/migrations"), true).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("currentVersion", "1").containsEntry("pending", 2L);
	}

	@Test
	void downWhenAnAppliedMigrationChanged() {
		TestDatabase database = database();
		migrator(database, "classpath:db/first").migrate().orThrow();
		Health health = new MigrationsHealthIndicator(migrator(database, "classpath:db/changed"), false).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("changed", 1L);
	}

	@Test
	void downWhenAnAppliedMigrationsFileIsMissing() {
		TestDatabase database = database();
		migrator(database, "classpath:db/migrations").migrate().orThrow();
		Health health = new MigrationsHealthIndicator(migrator(database, "classpath:db/first"), false).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("missingFile", 2L);
	}

	@Test
	void aMissingFileAcceptedByThePolicyIsNoProblem() {
		TestDatabase database = database();
		migrator(database, "classpath:db/migrations").migrate().orThrow();
		Migrator ignoring = Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder()
				.locations("classpath:db/first")
				.missingFilePolicy(MissingFilePolicy.IGNORE)
				.build())
			.build();
		assertThat(new MigrationsHealthIndicator(ignoring, false).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void downWhenAMigrationStoppedPartWay() {
		TestDatabase database = database();
		assertThat(migrator(database, "classpath:db/partial").migrate()).isInstanceOf(MigrateResult.Failed.class);
		Health health = new MigrationsHealthIndicator(migrator(database, "classpath:db/partial"), false).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("partial", 1L).containsEntry("currentVersion", "1");
	}

	@Test
	void downWhenTheDatabaseCannotBeReached() {
		Migrator unreachable = Migrator.builder(PostgresServer.get().dataSource("no_such_database")).build();
		Health health = new MigrationsHealthIndicator(unreachable, false).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("error");
	}

	private static Migrator migrator(TestDatabase database, String location) {
		return Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations(location).build())
			.build();
	}

	private static TestDatabase database() {
		return PostgresServer.get().createDatabase();
	}

}
