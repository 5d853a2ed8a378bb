package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.Migrator;
import dev.migrations.Version;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-shot commands, run in a context that no {@link SpringApplication} started: the
 * exit code is read, the JVM is not ended.
 */
class MigrationsCommandRunnerTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@Test
	void statusPrintsEveryMigrationAndExitsWithZero() {
		TestDatabase database = migrated("1");
		command(database, "migrations.command=status").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(SpringApplication.exit(context)).isZero();
			assertThat(command.getOutput()).contains("Version", "State", "1_create_users.sql", "APPLIED", "PENDING")
				.contains("Current version: 1 (1 applied, 2 pending)");
		});
	}

	@Test
	void statusShowsAHeldContractMigrationAndWhatReleasesIt() {
		TestDatabase database = database();
		command(database, "migrations.command=migrate", "migrations.locations=classpath:db/contract").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).contains("migrate: applied 1 migration(s): 1_create_users.sql")
				.containsPattern("2 +drop name from users +HELD +2_drop_name_from_users.sql")
				.contains("Current version: 1 (1 applied, 1 held until migrations.contract.enabled=true)");
		});
	}

	@Test
	void migrateAppliesPendingMigrationsAndExitsWithZero() {
		TestDatabase database = database();
		command(database, "migrations.command=migrate").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).contains("migrate: applied 3 migration(s)", "Current version: 3");
			assertThat(database.tableExists("users")).isTrue();
		});
	}

	@Test
	void migrateStopsAtTheTarget() {
		TestDatabase database = database();
		command(database, "migrations.command=migrate", "migrations.target=2").run((context) -> {
			assertThat(context.getBean(MigrationsCommandRunner.class).getExitCode()).isZero();
			assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("2");
		});
	}

	@Test
	void aFailedMigrateExitsWithOneAndSaysWhere() {
		TestDatabase database = database();
		command(database, "migrations.command=migrate", "migrations.locations=classpath:db/failing").run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isEqualTo(1);
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
			assertThat(command.getOutput()).contains("migrate failed: 2_add_phone_to_users.sql:4", "42P01");
		});
	}

	@Test
	void undoWithoutATargetUndoesTheLatestMigration() {
		TestDatabase database = migrated("3");
		command(database, "migrations.command=undo").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).contains("undo: undone 1 migration(s): 3_index_users_by_name.sql");
			assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("2");
		});
	}

	@Test
	void undoToATargetKeepsTheTarget() {
		TestDatabase database = migrated("3");
		command(database, "migrations.command=undo", "migrations.target=1").run((context) -> {
			assertThat(context.getBean(MigrationsCommandRunner.class).getExitCode()).isZero();
			assertThat(database.columns("users")).containsExactly("id", "name");
			assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("1");
		});
	}

	@Test
	void validateExitsWithOneWhenMigrationsArePending() {
		TestDatabase database = migrated("1");
		command(database, "migrations.command=validate").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isEqualTo(1);
			assertThat(command.getOutput()).contains("validate failed:", "2_add_email_to_users.sql");
		});
	}

	@Test
	void validateExitsWithZeroWhenEverythingIsApplied() {
		TestDatabase database = migrated("3");
		command(database, "migrations.command=validate")
			.run((context) -> assertThat(context.getBean(MigrationsCommandRunner.class).getExitCode()).isZero());
	}

	@Test
	void statusExitsWithOneWhenTheDatabaseIsUnreachable() {
		this.runner.withBean(DataSource.class, MigrationsCommandRunnerTests::unreachable)
			.withPropertyValues("migrations.command=status")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
				assertThat(command.getExitCode()).isEqualTo(1);
				assertThat(SpringApplication.exit(context)).isEqualTo(1);
				assertThat(command.getOutput()).startsWith("status unavailable: ");
			});
	}

	@Test
	void lintExitsWithOneWhenTheDatabaseIsUnreachable() {
		this.runner.withBean(DataSource.class, MigrationsCommandRunnerTests::unreachable)
			.withPropertyValues("migrations.command=lint")
			.run((context) -> {
				MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
				assertThat(command.getExitCode()).isEqualTo(1);
				assertThat(command.getOutput()).startsWith("lint failed: ");
			});
	}

	@Test
	void theCommandRunsInsteadOfTheStartUpMigration() {
		TestDatabase database = database();
		command(database, "migrations.command=status", "migrations.mode=migrate")
			.run((context) -> assertThat(database.tableExists("users")).isFalse());
	}

	private ApplicationContextRunner command(TestDatabase database, String... properties) {
		return this.runner.withBean(DataSource.class, database::dataSource).withPropertyValues(properties);
	}

	private static TestDatabase migrated(String version) {
		TestDatabase database = database();
		Migrator.builder(database.dataSource()).build().migrate(Version.parse(version)).orThrow();
		return database;
	}

	private static DataSource unreachable() {
		// nothing listens on port 1: the connection is refused at once
		return new SimpleDriverDataSource(new Driver(), "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=5",
				"nobody", "nothing");
	}

	private static TestDatabase database() {
		return PostgresServer.get().createDatabase();
	}

}
