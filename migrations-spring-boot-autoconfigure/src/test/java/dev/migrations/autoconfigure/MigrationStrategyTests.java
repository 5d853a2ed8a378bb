package dev.migrations.autoconfigure;

import javax.sql.DataSource;

import dev.migrations.ValidateResult;
import dev.migrations.ValidationProblem.Kind;
import dev.migrations.Version;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link MigrationStrategy} bean decides what runs at start-up, in place of
 * {@code migrations.mode}; the one-shot commands ignore it.
 */
class MigrationStrategyTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class));

	@Test
	void theStrategyValidatesFirstThenMigratesOnlyToItsTarget() {
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean(MigrationStrategy.class, () -> (migrator) -> {
				if (migrator.validate() instanceof ValidateResult.Invalid invalid
						&& invalid.problems().stream().anyMatch((problem) -> problem.kind() != Kind.PENDING)) {
					throw invalid.toException();
				}
				migrator.migrate(Version.parse("2")).orThrow();
			})
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(database.value("SELECT max(version) FROM schema_migrations")).isEqualTo("2");
			});
	}

	@Test
	void aCommandIgnoresTheStrategy() {
		TestDatabase database = PostgresServer.get().createDatabase();
		this.runner.withBean(DataSource.class, database::dataSource)
			.withBean(MigrationStrategy.class, () -> (migrator) -> migrator.migrate().orThrow())
			.withPropertyValues("migrations.command=status")
			.run((context) -> assertThat(database.tableExists("users")).isFalse());
	}

}
