package dev.migrations.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code verify} one-shot command on a fresh database, whose name ({@code test_…})
 * looks like a clone to the default database pattern.
 */
class VerifyCommandTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@TempDir
	Path folder;

	@Test
	void verifyProvesEachMigrationAndExitsWithZero() {
		TestDatabase database = database();
		command(database, "migrations.command=verify").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(SpringApplication.exit(context)).isZero();
			assertThat(command.getOutput()).startsWith("Verify of database " + database.name())
				.contains("PASSED, 3 pending: 3 verified, 0 irreversible, 0 failed")
				.contains("1_create_users.sql: verified", "3_index_users_by_name.sql: verified")
				.doesNotContain("report written");
			assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("3");
		});
	}

	@Test
	void verifyWritesTheReportAsJsonWhenAFileIsSet() {
		TestDatabase database = database();
		Path file = this.folder.resolve("reports/verify.json");
		command(database, "migrations.command=verify", "migrations.verify.report-file=" + file).run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isZero();
			assertThat(command.getOutput()).contains("verify: report written to " + file.toAbsolutePath());
			String json = Files.readString(file, StandardCharsets.UTF_8);
			assertThat((Boolean) JsonPath.read(json, "$.passed")).isTrue();
			assertThat((String) JsonPath.read(json, "$.database")).isEqualTo(database.name());
			assertThat((String) JsonPath.read(json, "$.migrations[0].script")).isEqualTo("1_create_users.sql");
			assertThat((String) JsonPath.read(json, "$.migrations[0].outcome")).isEqualTo("VERIFIED");
			assertThat((String) JsonPath.read(json, "$.migrations[0].upTime")).startsWith("PT");
			assertThat((String) JsonPath.read(json, "$.migrations[1].locks[0].level")).isEqualTo("ACCESS EXCLUSIVE");
		});
	}

	@Test
	void aDownThatDoesNotRestoreTheSchemaExitsWithOneAndStillWritesTheReport() {
		TestDatabase database = database();
		Path file = this.folder.resolve("verify.json");
		command(database, "migrations.command=verify", "migrations.locations=classpath:db/wrongdown",
				"migrations.verify.report-file=" + file)
			.run((context) -> {
				MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
				assertThat(command.getExitCode()).isEqualTo(1);
				assertThat(SpringApplication.exit(context)).isEqualTo(1);
				assertThat(command.getOutput()).contains("FAILED")
					.contains("2_add_email_to_users.sql: FAILED: the down did not restore the schema")
					.contains("column users.email: absent → present");
				String json = Files.readString(file, StandardCharsets.UTF_8);
				assertThat((Boolean) JsonPath.read(json, "$.passed")).isFalse();
				assertThat((String) JsonPath.read(json, "$.migrations[1].outcome")).isEqualTo("NOT_RESTORED");
			});
	}

	@Test
	void aReportFileWithoutJacksonFailsBeforeVerifyChangesAnything() {
		TestDatabase database = database();
		command(database, "migrations.command=verify", "migrations.verify.report-file=" + this.folder.resolve("r.json"))
			.withClassLoader(new FilteredClassLoader("tools.jackson"))
			.run((context) -> {
				MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
				assertThat(command.getExitCode()).isEqualTo(1);
				assertThat(command.getOutput())
					.startsWith("verify failed: migrations.verify.report-file needs Jackson 3");
				assertThat(database.tableExists("users")).isFalse();
			});
	}

	@Test
	void verifyRefusesADatabaseWhoseNameDoesNotLookLikeAClone() {
		TestDatabase database = database();
		command(database, "migrations.command=verify", "migrations.verify.database-pattern=.*_clone").run((context) -> {
			MigrationsCommandRunner command = context.getBean(MigrationsCommandRunner.class);
			assertThat(command.getExitCode()).isEqualTo(1);
			assertThat(command.getOutput())
				.startsWith("verify failed: Refusing to verify database '" + database.name() + "'")
				.contains("Set migrations.verify.allow to true", "migrations.verify.database-pattern (.*_clone)");
			assertThat(database.tableExists("users")).isFalse();
		});
	}

	@Test
	void verifyRunsOnAnyDatabaseWhenAllowed() {
		TestDatabase database = database();
		command(database, "migrations.command=verify", "migrations.verify.database-pattern=.*_clone",
				"migrations.verify.allow=true")
			.run((context) -> assertThat(context.getBean(MigrationsCommandRunner.class).getExitCode()).isZero());
	}

	private ApplicationContextRunner command(TestDatabase database, String... properties) {
		return this.runner.withBean(DataSource.class, database::dataSource).withPropertyValues(properties);
	}

	private static TestDatabase database() {
		return PostgresServer.get().createDatabase();
	}

}
