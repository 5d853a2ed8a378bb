package dev.migrations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database Flyway built is taken over without renaming a file or running anything
 * again.
 */
@ExtendWith(PostgresExtension.class)
class FlywayTakeoverTest {

	@TempDir
	Path folder;

	private ScriptFolder flywayProject() {
		return new ScriptFolder(this.folder).file("V1__create_users.sql", """
				CREATE TABLE runs (what text NOT NULL);
				CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
				CREATE FUNCTION user_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM users $$;
				INSERT INTO runs VALUES ('V1');
				""")
			.file("V1_1__index_user_name.sql", "CREATE INDEX CONCURRENTLY idx_users_name ON users (name);\n")
			.file("V2__add_phone.sql", "ALTER TABLE users ADD COLUMN phone text;\nINSERT INTO runs VALUES ('V2');\n")
			.file("R__user_names.sql", "CREATE OR REPLACE VIEW user_names AS SELECT name FROM users;\n"
					+ "INSERT INTO runs VALUES ('R');\n");
	}

	private static void runFlyway(TestDatabase database, ScriptFolder scripts) {
		// Flyway's default lock is held in a transaction and makes CREATE INDEX
		// CONCURRENTLY wait for
		// ever (flyway/flyway #3497): it needs this switch to build the database at all
		Flyway.configure()
			.configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
			.dataSource(database.jdbcUrl(), database.server().user(), database.server().password())
			.locations(scripts.location())
			.load()
			.migrate();
	}

	@Test
	void takesOverWithoutRunningAnythingAgainAndAppliesANewMigrationOnTop(TestDatabase database) {
		ScriptFolder scripts = flywayProject();
		runFlyway(database, scripts);
		scripts.migration("20260501_01_add_email.sql",
				"ALTER TABLE users ADD COLUMN email text;\n" + "INSERT INTO runs VALUES ('ours');",
				"ALTER TABLE users DROP COLUMN email;");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(result.applied()).extracting((migration) -> migration.version().text())
			.containsExactly("20260501_01");
		assertThat(database.column("SELECT what FROM runs ORDER BY what")).containsExactly("R", "V1", "V2", "ours");
		MigrationStatus status = migrator(database, scripts).status();
		assertThat(status.migrations()).extracting(MigrationInfo::state).containsOnly(MigrationState.APPLIED);
		assertThat(status.find(Version.parse("1.1")).orElseThrow().origin()).isEqualTo("flyway");
		assertThat(status.find(Version.parse("1.1")).orElseThrow().reversible()).isFalse();
		assertThat(status.repeatables()).singleElement()
			.satisfies((repeatable) -> assertThat(repeatable.state()).isEqualTo(RepeatableInfo.State.APPLIED));
	}

	@Test
	void theImportHappensOnceAndIsIdempotent(TestDatabase database) {
		ScriptFolder scripts = flywayProject();
		runFlyway(database, scripts);

		migrator(database, scripts).migrate().orThrow();
		assertThat(migrator(database, scripts).migrate()).isInstanceOf(MigrateResult.UpToDate.class);

		assertThat(database.value("SELECT count(*) FROM schema_migrations WHERE origin = 'flyway'")).isEqualTo("4");
		assertThat(database.column("SELECT what FROM runs ORDER BY what")).containsExactly("R", "V1", "V2");
	}

	@Test
	void reappliesAnEditedRepeatable(TestDatabase database) {
		ScriptFolder scripts = flywayProject();
		runFlyway(database, scripts);
		migrator(database, scripts).migrate().orThrow();
		scripts.file("R__user_names.sql", "CREATE OR REPLACE VIEW user_names AS SELECT name, phone FROM users;\n"
				+ "INSERT INTO runs VALUES ('R');\n");

		migrator(database, scripts).migrate().orThrow();

		assertThat(database.value("SELECT count(*) FROM runs WHERE what = 'R'")).isEqualTo("2");
		assertThat(database.columns("user_names")).containsExactly("name", "phone");
		assertThat(migrator(database, scripts).migrate()).isInstanceOf(MigrateResult.UpToDate.class);
	}

	@Test
	void refusesAnOldVersionedFileEditedBeforeOrAfterTheTakeOver(TestDatabase database) {
		ScriptFolder scripts = flywayProject();
		runFlyway(database, scripts);
		scripts.file("V2__add_phone.sql",
				"ALTER TABLE users ADD COLUMN phone varchar(30);\nINSERT INTO runs VALUES ('V2');\n");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(((MigrateResult.Failed) result).error())
			.hasMessageContaining("V2__add_phone.sql: migration 2 was edited")
			.hasMessageContaining("Flyway's checksum");
	}

	@Test
	void undoesAFlywayMigrationWithItsUndoFile(TestDatabase database) {
		ScriptFolder scripts = flywayProject();
		runFlyway(database, scripts);
		scripts.file("U2__add_phone.sql",
				"ALTER TABLE users DROP COLUMN phone;\nDELETE FROM runs WHERE what = 'V2';\n");

		migrator(database, scripts).migrate().orThrow();
		UndoResult undo = migrator(database, scripts).undo();

		assertThat(undo.undone()).extracting((migration) -> migration.version().text()).containsExactly("2");
		assertThat(database.columns("users")).doesNotContain("phone");
	}

	@Test
	void runsCallbacksAtTheirEventsAndRecordsThemNowhere(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.file("V1__create_runs.sql", "CREATE TABLE runs (what text NOT NULL);\n")
			.file("beforeMigrate.sql",
					"CREATE TABLE IF NOT EXISTS events (what text);\nINSERT INTO events VALUES ('before');\n")
			.file("afterMigrate__recreate_views.sql",
					"CREATE OR REPLACE VIEW run_count AS SELECT count(*) AS n FROM runs;\n"
							+ "INSERT INTO events VALUES ('after');\n");

		migrator(database, scripts).migrate().orThrow();

		assertThat(database.column("SELECT what FROM events")).containsExactly("before", "after");
		assertThat(database.value("SELECT n FROM run_count")).isEqualTo("0");
		assertThat(database.column("SELECT version FROM schema_migrations")).containsExactly("1");
	}

	@Test
	void takesOverAFlywayDatabaseOf150Migrations(TestDatabase database) throws Exception {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("V0__runs.sql", "CREATE TABLE runs (what text);\n");
		for (int i = 1; i <= 150; i++) {
			scripts.file("V" + i + "__table_" + i + ".sql",
					"CREATE TABLE t_" + i + " (id bigint PRIMARY KEY, name text);\n" + "CREATE INDEX ON t_" + i
							+ " (name);\nINSERT INTO runs VALUES ('" + i + "');\n");
		}
		runFlyway(database, scripts);

		long start = System.nanoTime();
		MigrateResult result = migrator(database, scripts).migrate();
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(result).isInstanceOf(MigrateResult.UpToDate.class);
		assertThat(database.value("SELECT count(*) FROM runs")).isEqualTo("150");
		assertThat(database.value("SELECT count(*) FROM schema_migrations WHERE origin = 'flyway'")).isEqualTo("151");
		System.out.printf("took over a Flyway database of 151 migrations in %d ms; nothing re-applied%n", millis);
		assertThat(Files.exists(this.folder)).isTrue();
	}

}
