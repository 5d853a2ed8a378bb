package dev.migrations.autoconfigure;

import java.util.List;

import dev.migrations.LockException;
import dev.migrations.ScriptException;
import dev.migrations.StatementException;
import dev.migrations.ValidationException;
import dev.migrations.ValidationProblem;
import dev.migrations.Version;
import dev.migrations.autoconfigure.command.CommandApplication;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class MigrationsFailureAnalyzerTests {

	private final MigrationsFailureAnalyzer analyzer = new MigrationsFailureAnalyzer();

	@Test
	void aRefusedStatementIsDescribedByFileLineSqlStateAndExcerpt() {
		StatementException error = new StatementException(
				new StatementException.Location("20260501_01_add_phone_to_users.sql", Version.parse("20260501_01"), 14,
						5, 2, 3, "ALTER TABLE users ADD COLUMN phone text"),
				"42P01", "relation \"users\" does not exist", null);
		FailureAnalysis analysis = this.analyzer
			.analyze(new BeanCreationException("migrationsInitializer", "x", error));
		assertThat(analysis.getDescription()).contains("20260501_01_add_phone_to_users.sql:14:5", "statement 2 of 3",
				"SQLState: 42P01", "Statement: ALTER TABLE users ADD COLUMN phone text");
		assertThat(analysis.getAction()).contains("Fix the statement at 20260501_01_add_phone_to_users.sql:14:5");
	}

	@Test
	void aLockTimeoutSuggestsRetryingRatherThanEditing() {
		StatementException error = new StatementException(
				new StatementException.Location("2_add_index.sql", Version.parse("2"), 3, 1, 1, 1, "ALTER TABLE users"),
				"55P03", "canceling statement due to lock timeout", null);
		assertThat(this.analyzer.analyze(error).getAction()).contains("lock_timeout", "Retry");
	}

	@Test
	void aBrokenFileSaysNothingRan() {
		ScriptException error = new ScriptException(ScriptException.Kind.SYNTAX, "3_broken.sql", 7, 12,
				"unterminated quoted string");
		FailureAnalysis analysis = this.analyzer.analyze(error);
		assertThat(analysis.getDescription()).contains("3_broken.sql:7:12: unterminated quoted string");
		assertThat(analysis.getAction()).contains("Fix 3_broken.sql:7", "Nothing ran");
	}

	@Test
	void validationProblemsNameTheProperties() {
		ValidationException error = new ValidationException(List.of(
				new ValidationProblem(ValidationProblem.Kind.MISSING_FILE, Version.parse("1"), "1_a.sql",
						"1_a.sql is applied but its file is gone"),
				new ValidationProblem(ValidationProblem.Kind.PENDING, Version.parse("2"), "2_b.sql",
						"2_b.sql is pending")));
		FailureAnalysis analysis = this.analyzer.analyze(error);
		assertThat(analysis.getDescription()).contains("- 1_a.sql is applied but its file is gone",
				"- 2_b.sql is pending");
		assertThat(analysis.getAction()).contains("migrations.missing-file-policy", "migrations.mode=migrate");
	}

	@Test
	void aLockThatCouldNotBeTakenNamesTheTimeoutProperty() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new LockException(LockException.Kind.TIMED_OUT, "lock held by pid 42"));
		assertThat(analysis.getAction()).contains("migrations.lock-wait-timeout", "pg_stat_activity");
	}

	@Test
	void aLostLockPointsAtWhatEndsItsConnection() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new LockException(LockException.Kind.LOST, "connection terminated"));
		assertThat(analysis.getAction()).contains("idle timeout", "server_idle_timeout", "migrations.url")
			.doesNotContain("lock-wait-timeout");
	}

	@Test
	void aPoolWithoutRoomNamesThePoolSizes() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new LockException(LockException.Kind.NO_CONNECTION, "the pool gave none"));
		assertThat(analysis.getAction()).contains("spring.datasource.hikari.maximum-pool-size", "default_pool_size")
			.doesNotContain("lock-wait-timeout");
	}

	@Test
	void anInterruptedWaitSaysNothingWasApplied() {
		FailureAnalysis analysis = this.analyzer
			.analyze(new LockException(LockException.Kind.INTERRUPTED, "Interrupted while waiting"));
		assertThat(analysis.getAction()).contains("nothing was applied");
	}

	@Test
	void theEnginesSettingsAreNamedAsProperties() {
		ValidationException error = new ValidationException(List
			.of(new ValidationProblem(ValidationProblem.Kind.OUT_OF_ORDER, Version.parse("1"), "1_a.sql",
					"1_a.sql: version 1 is older than the newest applied one (2) and is not applied; give it a newer "
							+ "version, or set the outOfOrder setting to true")));
		FailureAnalysis analysis = this.analyzer.analyze(error);
		assertThat(analysis.getDescription()).contains("or set migrations.out-of-order to true")
			.doesNotContain("outOfOrder");
	}

	@Test
	void otherFailuresAreNotAnalyzed() {
		assertThat(this.analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
	}

	@Test
	void aFailingMigrationStopsStartUpWithTheAnalysis(CapturedOutput output) {
		TestDatabase database = PostgresServer.get().createDatabase();
		SpringApplication application = new SpringApplication(CommandApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--migrations.locations=classpath:db/failing",
				"--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.server().user(),
				"--spring.datasource.password=" + database.server().password()));
		assertThat(output).contains("APPLICATION FAILED TO START",
				"A migration failed at 2_add_phone_to_users.sql:4:1, statement 2 of 2", "SQLState: 42P01",
				"Statement: ALTER TABLE no_such_table", "Fix the statement at 2_add_phone_to_users.sql:4:1");
		assertThat(database.tableExists("users")).isTrue();
		assertThat(database.columns("users")).doesNotContain("phone");
	}

}
