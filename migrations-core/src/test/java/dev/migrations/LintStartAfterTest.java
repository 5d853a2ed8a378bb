package dev.migrations;

import java.nio.file.Path;

import dev.migrations.lint.LintFinding;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lint.start-after}: a project that adopts the linter leaves its old history
 * alone, and a fresh database migrates that history with the default fail mode.
 */
@ExtendWith(PostgresExtension.class)
class LintStartAfterTest {

	@TempDir
	Path folder;

	private ScriptFolder history() {
		return new ScriptFolder(this.folder)
			.file("V1__accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, email text, note text);\n")
			.file("V2__backfill.sql", "CREATE INDEX CONCURRENTLY accounts_email ON accounts (email);\n"
					+ "INSERT INTO accounts VALUES (1, 'a@example.com', null);\n");
	}

	private static Migrator migrator(TestDatabase database, ScriptFolder scripts, Version startAfter) {
		return Migrator.builder(database.dataSource())
			.configuration(
					MigrationsConfiguration.builder().locations(scripts.location()).lintStartAfter(startAfter).build())
			.build();
	}

	@Test
	void aFreshDatabaseMigratesTheHistoryAtOrBelowStartAfterWithTheFailMode(TestDatabase database) {
		ScriptFolder scripts = history();
		assertThat(migrator(database, scripts, null).lint()).extracting(LintFinding::ruleId)
			.contains("concurrently-alone");

		MigrateResult result = migrator(database, scripts, Version.parse("2")).migrate();

		assertThat(result.applied()).extracting((migration) -> migration.version().text()).containsExactly("1", "2");
	}

	@Test
	void migrationsAboveStartAfterAreLintedAgainstWhatTheOldOnesCreate(TestDatabase database) {
		ScriptFolder scripts = history().file("V3__drop_note.sql", "ALTER TABLE accounts DROP COLUMN note;\n")
			.file("V4__new_table.sql", "CREATE TABLE audit (id bigint);\nCREATE INDEX audit_id ON audit (id);\n");

		assertThat(migrator(database, scripts, Version.parse("2")).lint()).isEmpty();

		migrator(database, scripts, Version.parse("2")).migrate(Version.parse("2")).orThrow();

		assertThat(migrator(database, scripts, Version.parse("2")).lint()).extracting(LintFinding::ruleId)
			.containsExactly("drop-column");
	}

}
