package dev.migrations;

import java.nio.file.Path;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's rename without downtime: expand now, contract held until every instance
 * runs the new code.
 */
@ExtendWith(PostgresExtension.class)
class ContractPhaseTest {

	@TempDir
	Path folder;

	private ScriptFolder expandAndContract() {
		return new ScriptFolder(this.folder)
			.migration("1_create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name varchar(200));",
					"DROP TABLE users;")
			.file("2_add_full_name.sql", """
					-- migrate:phase expand
					-- migrate:up
					ALTER TABLE users ADD COLUMN full_name varchar(200);
					-- migrate:batch table=users key=id size=1000 pause=0ms
					UPDATE users SET full_name = name WHERE id BETWEEN :batch_start AND :batch_end;
					-- migrate:down
					ALTER TABLE users DROP COLUMN full_name;
					""")
			.file("3_drop_name.sql", """
					-- migrate:phase contract
					-- migrate:up
					ALTER TABLE users DROP COLUMN name;
					-- migrate:down
					ALTER TABLE users ADD COLUMN name varchar(200);
					UPDATE users SET name = full_name;
					""")
			.migration("4_create_audit.sql", "CREATE TABLE audit (id bigint);", "DROP TABLE audit;");
	}

	@Test
	void holdsTheContractStepUntilReleased(TestDatabase database) {
		ScriptFolder scripts = expandAndContract();

		MigrateResult expand = migrator(database, scripts, MigrationsConfiguration.builder().contractEnabled(false))
			.migrate();

		assertThat(expand.applied()).extracting((migration) -> migration.version().text())
			.containsExactly("1", "2", "4");
		assertThat(database.columns("users")).containsExactly("id", "name", "full_name");
		MigrationStatus held = migrator(database, scripts, MigrationsConfiguration.builder().contractEnabled(false))
			.status();
		assertThat(held.find(Version.parse("3")).orElseThrow().state()).isEqualTo(MigrationState.HELD);
		assertThat(migrator(database, scripts, MigrationsConfiguration.builder().contractEnabled(false)).migrate())
			.isInstanceOf(MigrateResult.UpToDate.class);

		MigrateResult contract = migrator(database, scripts, MigrationsConfiguration.builder().contractEnabled(true))
			.migrate();

		assertThat(contract.applied()).extracting((migration) -> migration.version().text()).containsExactly("3");
		assertThat(database.columns("users")).containsExactly("id", "full_name");
		assertThat(migrator(database, scripts, MigrationsConfiguration.builder().contractEnabled(true)).status()
			.count(MigrationState.APPLIED)).isEqualTo(4);
	}

	@Test
	void aHeldMigrationIsNotAValidationProblem(TestDatabase database) {
		ScriptFolder scripts = expandAndContract();
		migrator(database, scripts, MigrationsConfiguration.builder().contractEnabled(false)).migrate().orThrow();

		assertThat(migrator(database, scripts, MigrationsConfiguration.builder().contractEnabled(false)).validate())
			.isInstanceOf(ValidateResult.Valid.class);
	}

}
