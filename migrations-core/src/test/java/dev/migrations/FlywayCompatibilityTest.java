package dev.migrations;

import java.nio.file.Path;
import java.util.Map;

import dev.migrations.lint.LintMode;
import dev.migrations.testsupport.Corpus;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What real Flyway projects hold and Flyway accepts: marker versions of comments only,
 * repeatable migrations with placeholders, and per-script settings. A real history
 * (Netflix Conductor's, from the corpus) built by real Flyway is taken over with nothing
 * run again.
 */
@ExtendWith(PostgresExtension.class)
class FlywayCompatibilityTest {

	private static final Map<String, String> PLACEHOLDERS = Map.of("prefix", "cd_");

	@TempDir
	Path folder;

	private static void runFlyway(TestDatabase database, ScriptFolder scripts) {
		Flyway.configure()
			.dataSource(database.jdbcUrl(), database.server().user(), database.server().password())
			.locations(scripts.location())
			.placeholders(PLACEHOLDERS)
			.load()
			.migrate();
	}

	private static Migrator migrator(TestDatabase database, ScriptFolder scripts) {
		return migrator(database, scripts, LintMode.FAIL);
	}

	private static Migrator migrator(TestDatabase database, ScriptFolder scripts, LintMode lintMode) {
		return Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder()
				.locations(scripts.location())
				.placeholders(PLACEHOLDERS)
				.lintMode(lintMode)
				.build())
			.build();
	}

	/**
	 * Conductor's V1–V4, a marker version, a versioned and a repeatable migration that
	 * use placeholders (the repeatable writes a row each time it runs).
	 */
	private ScriptFolder conductorThroughV4() {
		ScriptFolder scripts = new ScriptFolder(this.folder);
		Corpus.copy(Corpus.of("netflix-conductor").through("4"), scripts);
		return scripts
			.file("V4_1__release_marker.sql",
					"-- Release 4.1 changed no schema; this version keeps the numbering of the releases.\n")
			.file("V4_2__runs.sql", "CREATE TABLE ${prefix}runs (what text NOT NULL);\n")
			.file("R__queue_depth.sql", """
					-- kept in ${flyway:table} as a repeatable migration
					CREATE OR REPLACE VIEW ${prefix}queue_depth AS
					    SELECT queue_name, count(*) AS depth FROM queue_message GROUP BY queue_name;
					INSERT INTO ${prefix}runs VALUES ('queue_depth');
					""");
	}

	@Test
	void takesOverARealFlywayHistoryWithAMarkerAndAPlaceholderRepeatableRunningNothing(TestDatabase database) {
		ScriptFolder scripts = conductorThroughV4();
		runFlyway(database, scripts);

		MigrateResult takeOver = migrator(database, scripts).migrate();

		assertThat(takeOver).isInstanceOf(MigrateResult.UpToDate.class);
		assertThat(database.value("SELECT count(*) FROM cd_runs")).isEqualTo("1");
		MigrationStatus status = migrator(database, scripts).status();
		assertThat(status.migrations()).extracting((migration) -> migration.version().text())
			.containsExactly("1", "2", "3", "4", "4_1", "4_2");
		assertThat(status.migrations()).allSatisfy((migration) -> {
			assertThat(migration.state()).isEqualTo(MigrationState.APPLIED);
			assertThat(migration.origin()).isEqualTo("flyway");
		});
		assertThat(status.repeatables()).singleElement()
			.satisfies((repeatable) -> assertThat(repeatable.state()).isEqualTo(RepeatableInfo.State.APPLIED));
	}

	@Test
	void appliesTheRestOfTheRealHistoryAfterTheTakeOver(TestDatabase database) {
		ScriptFolder scripts = conductorThroughV4();
		runFlyway(database, scripts);
		Corpus conductor = Corpus.of("netflix-conductor");
		Corpus.copy(conductor.files().subList(4, conductor.files().size()), scripts);

		// V5 and V6 swap primary keys of live tables: real errors, which this test is not
		// about
		MigrateResult result = migrator(database, scripts, LintMode.WARN).migrate();

		assertThat(result.applied()).extracting((migration) -> migration.version().text())
			.containsExactly("5", "6", "7", "8");
		assertThat(database.value("SELECT count(*) FROM cd_runs")).isEqualTo("1");
		assertThat(migrator(database, scripts).migrate()).isInstanceOf(MigrateResult.UpToDate.class);
	}

	@Test
	void rerunsAPlaceholderRepeatableWhoseFileChangedBeforeTheTakeOver(TestDatabase database) {
		ScriptFolder scripts = conductorThroughV4();
		runFlyway(database, scripts);
		scripts.file("R__queue_depth.sql", """
				CREATE OR REPLACE VIEW ${prefix}queue_depth AS
				    SELECT queue_name, count(*) AS depth, max(priority) AS top FROM queue_message GROUP BY queue_name;
				INSERT INTO ${prefix}runs VALUES ('queue_depth');
				""");

		migrator(database, scripts).migrate().orThrow();

		assertThat(database.value("SELECT count(*) FROM cd_runs")).isEqualTo("2");
		assertThat(database.columns("cd_queue_depth")).containsExactly("queue_name", "depth", "top");
	}

	@Test
	void recordsMarkerVersionsOfBothFormatsRunningNothing(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("V1__release_marker.sql", "-- release 1.0\n")
			.migration("2_release_marker.sql", "-- release 2.0: nothing to change", "-- nothing to undo")
			.file("V3__empty.sql", "");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(result.applied()).extracting((migration) -> migration.version().text())
			.containsExactly("1", "2", "3");
		assertThat(database.column("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2",
				"3");
	}

	@Test
	void runsAScriptStatementByStatementWhenItsHeaderSaysExecuteInTransactionFalse(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("V1__xids.sql", """
				-- each statement commits on its own
				-- flyway:executeInTransaction=false
				CREATE TABLE xids (xid bigint);
				INSERT INTO xids VALUES (txid_current());
				INSERT INTO xids VALUES (txid_current());
				""");

		migrator(database, scripts).migrate().orThrow();

		assertThat(database.value("SELECT count(DISTINCT xid) FROM xids")).isEqualTo("2");
		assertThat(migrator(database, scripts).status().migrations()).singleElement()
			.satisfies((migration) -> assertThat(migration.transactional()).isFalse());
	}

	@Test
	void runsAScriptStatementByStatementWhenItsConfFileSaysSo(TestDatabase database) {
		String xids = "CREATE TABLE xids (xid bigint);\nINSERT INTO xids VALUES (txid_current());\n"
				+ "INSERT INTO xids VALUES (txid_current());\n";
		ScriptFolder scripts = new ScriptFolder(this.folder).file("V1__xids.sql", xids)
			.file("V1__xids.sql.conf", "# Flyway script settings\nexecuteInTransaction=false\n")
			.file("V2__xids_again.sql", xids.replace("xids", "xids_2"));

		migrator(database, scripts).migrate().orThrow();

		assertThat(database.value("SELECT count(DISTINCT xid) FROM xids")).isEqualTo("2");
		assertThat(database.value("SELECT count(DISTINCT xid) FROM xids_2")).isEqualTo("1");
	}

	@Test
	void refusesAScriptSettingItCannotHonour(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("V1__a.sql", "SELECT 1;\n")
			.file("V1__a.sql.conf", "executeInTransaction=false\nshouldExecute=false\n");

		assertThatThrownBy(() -> migrator(database, scripts).migrate().orThrow()).isInstanceOf(ScriptException.class)
			.hasMessageContaining("V1__a.sql.conf:2:1: ")
			.hasMessageContaining("'shouldExecute' is not supported");
	}

}
