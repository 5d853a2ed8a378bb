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
 * A statement PostgreSQL refuses: the error points at the file, line and column, and
 * nothing of the migration stays.
 */
@ExtendWith(PostgresExtension.class)
class MigrationFailureTest {

	@TempDir
	Path folder;

	@Test
	void namesFileLineColumnSqlStateAndStatement(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("20260501_01_add_phone_to_users.sql", """
				-- migrate:up
				CREATE TABLE audit (id bigint);

				ALTER TABLE users
				    ADD COLUMN phone VARCHAR(30);
				-- migrate:down
				DROP TABLE audit;
				""");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(result).isInstanceOf(MigrateResult.Failed.class);
		MigrationException error = ((MigrateResult.Failed) result).error();
		assertThat(error).isInstanceOf(StatementException.class)
			.hasMessage("20260501_01_add_phone_to_users.sql:4:1: ERROR: relation \"users\" does not exist "
					+ "(SQLState 42P01), statement 2 of 2: ALTER TABLE users ADD COLUMN phone VARCHAR(30)");
		StatementException statementError = (StatementException) error;
		assertThat(statementError.getSqlState()).isEqualTo("42P01");
		assertThat(statementError.getLocation().line()).isEqualTo(4);
		assertThat(statementError.getLocation().statementNumber()).isEqualTo(2);
	}

	@Test
	void rollsBackTheWholeMigrationAndRecordsNothing(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_create_audit.sql", "CREATE TABLE audit (id bigint);", "DROP TABLE audit;")
			.migration("2_broken.sql", "CREATE TABLE t2 (id bigint);\nINSERT INTO t2 VALUES ('not a number');",
					"DROP TABLE t2;");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(result).isInstanceOf(MigrateResult.Failed.class);
		assertThat(result.applied()).extracting((migration) -> migration.version().text()).containsExactly("1");
		assertThat(database.tableExists("audit")).isTrue();
		assertThat(database.tableExists("t2")).isFalse();
		assertThat(database.column("SELECT version FROM schema_migrations")).containsExactly("1");
	}

	@Test
	void pointsAtTheStatementWhenPostgresGivesNoPosition(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("7_div.sql",
				"-- migrate:up\n\n  SELECT 1 / 0;\n-- migrate:down\n");

		MigrationException error = ((MigrateResult.Failed) migrator(database, scripts).migrate()).error();

		assertThat(error).hasMessageStartingWith("7_div.sql:3:3: ERROR: division by zero (SQLState 22012)");
	}

	@Test
	void failsBeforeRunningAnythingWhenAFileIsBroken(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_create_audit.sql", "CREATE TABLE audit (id bigint);", "DROP TABLE audit;")
			.file("2_broken.sql", "-- migrate:up\nSELECT 'unterminated;\n-- migrate:down\n");

		Migrator migrator = migrator(database, scripts);

		assertThat(migrator.migrate()).isInstanceOfSatisfying(MigrateResult.Failed.class,
				(failed) -> assertThat(failed.error()).isInstanceOf(ScriptException.class)
					.hasMessageStartingWith("2_broken.sql:2:8: "));
		assertThat(database.tableExists("audit")).isFalse();
		assertThat(database.tableExists("schema_migrations")).isFalse();
	}

}
