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
 * Undo runs the down section recorded in history, refuses irreversible migrations, and
 * rolls back a down that fails.
 */
@ExtendWith(PostgresExtension.class)
class UndoTest {

	@TempDir
	Path folder;

	@Test
	void undoesWithTheRecordedDownEvenWhenTheFileIsGone(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		migrator(database, scripts).migrate().orThrow();
		scripts.delete("1_t.sql");

		UndoResult result = migrator(database, scripts).undo();

		assertThat(result).isInstanceOf(UndoResult.Undone.class);
		assertThat(database.tableExists("t")).isFalse();
	}

	@Test
	void refusesToUndoAnIrreversibleMigration(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE t;")
			.file("2_drop_t.sql", "-- migrate:up\nDROP TABLE t;\n-- migrate:down irreversible\n")
			.migration("3_u.sql", "CREATE TABLE u (id bigint);", "DROP TABLE u;");
		migrator(database, scripts).migrate().orThrow();

		UndoResult result = migrator(database, scripts).undoAll();

		assertThat(result).isInstanceOf(UndoResult.Failed.class);
		assertThat(result.undone()).extracting((migration) -> migration.version().text()).containsExactly("3");
		assertThat(((UndoResult.Failed) result).error()).isInstanceOf(IrreversibleMigrationException.class)
			.hasMessage("2_drop_t.sql: migration 2 is marked '-- migrate:down irreversible' and cannot be undone; "
					+ "undo to a target at or above 2, or restore from a backup");
		assertThat(database.column("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2");
		assertThat(migrator(database, scripts).status().find(Version.parse("2")).orElseThrow().reversible()).isFalse();
	}

	@Test
	void rollsBackADownThatFails(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;\nDROP TABLE not_there;");
		migrator(database, scripts).migrate().orThrow();

		UndoResult result = migrator(database, scripts).undo();

		assertThat(((UndoResult.Failed) result).error()).isInstanceOf(StatementException.class)
			.hasMessageContaining("1_t.sql (down, as applied):6:1: ERROR: table \"not_there\" does not exist");
		assertThat(database.tableExists("t")).isTrue();
		assertThat(database.column("SELECT version FROM schema_migrations")).containsExactly("1");
	}

	@Test
	void hasNothingToUndoOnAnEmptyDatabase(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");

		assertThat(migrator(database, scripts).undo()).isEqualTo(new UndoResult.NothingToUndo(null));
	}

}
