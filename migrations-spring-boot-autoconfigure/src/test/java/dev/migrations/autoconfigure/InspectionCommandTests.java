package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.Version;
import dev.migrations.lint.LintMode;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code lint} and {@code plan} one-shot commands, which look at the pending
 * migrations against the live catalog and run nothing.
 */
class InspectionCommandTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@Test
	void lintPrintsEveryFindingAndExitsWithZeroWhenOnlyWarningsRemain() {
		TestDatabase database = database();
		command(database, "migrations.command=lint").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(SpringApplication.exit(context)).isZero();
			assertThat(command.getOutput())
				.contains("1_create_users.sql:4:2: type-hygiene: warning: varchar(100) column name", " Instead: ")
				.contains("3_index_users_by_name.sql:2:1: prefer-robust: warning: ")
				.containsPattern("(?m)^lint: \\d+ finding\\(s\\): 0 error\\(s\\), \\d+ warning\\(s\\), 0 suppressed; "
						+ "passed: no unsuppressed error$");
			assertThat(database.tableExists("users")).isFalse();
		});
	}

	@Test
	void lintExitsWithOneWhenAnErrorRemains() {
		TestDatabase database = migratedTo("classpath:db/unsafe", "1");
		command(database, "migrations.command=lint", "migrations.locations=classpath:db/unsafe").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isEqualTo(1);
			assertThat(SpringApplication.exit(context)).isEqualTo(1);
			assertThat(command.getOutput()).contains("2_index_users_by_name.sql:3:1: index-concurrently: error: ")
				.containsPattern("(?m)^lint: \\d+ finding\\(s\\): 1 error\\(s\\), .*; failed: fix each error");
		});
	}

	@Test
	void lintFailsOnAnErrorEvenWhenTheLintModeOnlyWarns() {
		TestDatabase database = migratedTo("classpath:db/unsafe", "1");
		command(database, "migrations.command=lint", "migrations.locations=classpath:db/unsafe",
				"migrations.lint.mode=warn")
			.run((context) -> assertThat(context.getBean(MigrationsCommandRunner.class).getExitCode()).isEqualTo(1));
	}

	@Test
	void lintShowsASuppressedErrorAndExitsWithZero() {
		TestDatabase database = migratedTo("classpath:db/allowed", "1");
		command(database, "migrations.command=lint", "migrations.locations=classpath:db/allowed").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).contains("index-concurrently: error: ",
					"(suppressed: users holds a handful of rows and no one writes to it yet)", "1 suppressed");
		});
	}

	@Test
	void lintWithNothingPendingSaysSo() {
		TestDatabase database = migratedTo("classpath:db/migrations", "3");
		command(database, "migrations.command=lint").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).isEqualTo("lint: no findings in the pending migrations\n");
		});
	}

	@Test
	void planPrintsEachPendingStatementWithItsLocksAndExitsWithZero() {
		TestDatabase database = migratedTo("classpath:db/migrations", "1");
		command(database, "migrations.command=plan").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(SpringApplication.exit(context)).isZero();
			assertThat(command.getOutput()).contains("2_add_email_to_users.sql (in one transaction)")
				.contains("ALTER TABLE users ADD COLUMN email varchar(200)", "ACCESS EXCLUSIVE on public.users")
				.contains("3_index_users_by_name.sql (no transaction: statement by statement)")
				.contains("SHARE UPDATE EXCLUSIVE on public.users; scans the table")
				.contains("plan: 2 pending migration(s), no unsuppressed error finding");
			assertThat(database.columns("users")).containsExactly("id", "name");
		});
	}

	@Test
	void planExitsWithOneWhenAFindingWouldStopMigrate() {
		TestDatabase database = migratedTo("classpath:db/unsafe", "1");
		command(database, "migrations.command=plan", "migrations.locations=classpath:db/unsafe").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isEqualTo(1);
			assertThat(command.getOutput())
				.contains("2_index_users_by_name.sql (in one transaction)", "SHARE on public.users; scans the table")
				.contains("index-concurrently: error: ")
				.contains("plan: 1 pending migration(s), 1 unsuppressed error finding(s): migrate would stop");
		});
	}

	@Test
	void planWithNothingPendingExitsWithZero() {
		TestDatabase database = migratedTo("classpath:db/migrations", "3");
		command(database, "migrations.command=plan").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).isEqualTo("Nothing to migrate: no pending migration.\n");
		});
	}

	private ApplicationContextRunner command(TestDatabase database, String... properties) {
		return this.runner.withBean(DataSource.class, database::dataSource).withPropertyValues(properties);
	}

	private static TestDatabase migratedTo(String location, String version) {
		TestDatabase database = database();
		MigrationsConfiguration configuration = MigrationsConfiguration.builder()
			.locations(location)
			.lintMode(LintMode.OFF)
			.build();
		Migrator.builder(database.dataSource())
			.configuration(configuration)
			.build()
			.migrate(Version.parse(version))
			.orThrow();
		return database;
	}

	private static TestDatabase database() {
		return PostgresServer.get().createDatabase();
	}

}
