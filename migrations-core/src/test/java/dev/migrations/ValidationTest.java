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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Files against history: edited, missing and out-of-order migrations, and what is read of
 * an applied file (its checksum) and of a pending one (everything).
 */
@ExtendWith(PostgresExtension.class)
class ValidationTest {

	@TempDir
	Path folder;

	@Test
	void failsWhenAnAppliedScriptWasEdited(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		migrator(database, scripts).migrate().orThrow();
		scripts.migration("1_t.sql", "CREATE TABLE t (id bigint, name text);", "DROP TABLE t;")
			.migration("2_u.sql", "CREATE TABLE u (id bigint);", "DROP TABLE u;");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(result).isInstanceOf(MigrateResult.Failed.class);
		ValidationException error = (ValidationException) ((MigrateResult.Failed) result).error();
		assertThat(error.getProblems()).singleElement().satisfies((problem) -> {
			assertThat(problem.kind()).isEqualTo(ValidationProblem.Kind.CHANGED);
			assertThat(problem.message())
				.startsWith("1_t.sql: migration 1 was edited after it was applied (checksum applied ")
				.containsPattern("applied [0-9a-f]{64}, file now [0-9a-f]{64}");
		});
		assertThat(database.tableExists("u")).isFalse();
		assertThat(migrator(database, scripts).status().find(Version.parse("1")).orElseThrow().state())
			.isEqualTo(MigrationState.CHANGED);
	}

	@Test
	void anAppliedFileIsComparedByItsChecksumAloneSoADownThatNoLongerLexesIsNoProblem(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		migrator(database, scripts).migrate().orThrow();
		scripts.migration("1_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE 't;");
		Migrator migrator = migrator(database, scripts);

		assertThat(migrator.migrate()).isInstanceOf(MigrateResult.UpToDate.class);
		assertThat(migrator.validate()).isInstanceOf(ValidateResult.Valid.class);
		assertThat(migrator.status().find(Version.parse("1")).orElseThrow())
			.satisfies((migration) -> assertThat(migration.state()).isEqualTo(MigrationState.APPLIED))
			.satisfies((migration) -> assertThat(migration.downSql()).isEqualTo("DROP TABLE t;\n"));
		migrator.undo().orThrow();
		assertThat(database.tableExists("t")).isFalse();
	}

	@Test
	void aPendingFileThatDoesNotLexFailsMigrateAndStatusAlike(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		migrator(database, scripts).migrate().orThrow();
		scripts.migration("2_u.sql", "CREATE TABLE u (note text DEFAULT 'open);", "DROP TABLE u;");
		Migrator migrator = migrator(database, scripts);

		assertThat(migrator.migrate()).isInstanceOfSatisfying(MigrateResult.Failed.class,
				(failed) -> assertThat(failed.error()).isInstanceOf(ScriptException.class)
					.hasMessageStartingWith("2_u.sql:2:35: unterminated quoted string"));
		assertThatExceptionOfType(ScriptException.class).isThrownBy(migrator::status)
			.withMessageStartingWith("2_u.sql:2:35: unterminated quoted string");
		assertThatExceptionOfType(ScriptException.class).isThrownBy(migrator::validate)
			.withMessageStartingWith("2_u.sql:2:35: unterminated quoted string");
		assertThat(database.tableExists("u")).isFalse();
	}

	@Test
	void statusSaysHowAnAppliedMigrationRanWithoutSplittingItsFile(TestDatabase database) {
		database.execute("CREATE TABLE orders (id bigint)");
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_index.sql", "CREATE INDEX CONCURRENTLY orders_id ON orders (id);",
					"DROP INDEX CONCURRENTLY orders_id;")
			.migration("2_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE t;");
		migrator(database, scripts).migrate().orThrow();

		assertThat(migrator(database, scripts).status().migrations())
			.extracting(MigrationInfo::script, MigrationInfo::transactional)
			.containsExactly(tuple("1_index.sql", false), tuple("2_t.sql", true));
	}

	@Test
	void windowsLineEndingsAreNotAnEdit(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("1_t.sql",
				"-- migrate:up\nCREATE TABLE t (id bigint);\n-- migrate:down\nDROP TABLE t;\n");
		migrator(database, scripts).migrate().orThrow();
		scripts.file("1_t.sql", "-- migrate:up\r\nCREATE TABLE t (id bigint);\r\n-- migrate:down\r\nDROP TABLE t;\r\n");

		assertThat(migrator(database, scripts).validate()).isInstanceOf(ValidateResult.Valid.class);
	}

	@Test
	void failsWhenAnAppliedScriptIsMissingUnlessToldToWarn(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE t;")
			.migration("2_u.sql", "CREATE TABLE u (id bigint);", "DROP TABLE u;");
		migrator(database, scripts).migrate().orThrow();
		scripts.delete("1_t.sql").migration("3_v.sql", "CREATE TABLE v (id bigint);", "DROP TABLE v;");

		MigrateResult strict = migrator(database, scripts).migrate();
		MigrateResult lenient = migrator(database, scripts,
				MigrationsConfiguration.builder().missingFilePolicy(MissingFilePolicy.WARN))
			.migrate();

		assertThat(((MigrateResult.Failed) strict).error())
			.hasMessageContaining("migration 1 (1_t.sql) is applied but its file is missing")
			.hasMessageContaining("the missingFilePolicy setting");
		assertThat(lenient.applied()).extracting((migration) -> migration.version().text()).containsExactly("3");
		assertThat(migrator(database, scripts).status().find(Version.parse("1")).orElseThrow().state())
			.isEqualTo(MigrationState.MISSING_FILE);
	}

	@Test
	void refusesAnOutOfOrderMigrationUnlessAllowed(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("2_u.sql", "CREATE TABLE u (id bigint);",
				"DROP TABLE u;");
		migrator(database, scripts).migrate().orThrow();
		scripts.migration("1_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE t;");

		MigrateResult refused = migrator(database, scripts).migrate();
		assertThat(((MigrateResult.Failed) refused).error())
			.hasMessageContaining("1_t.sql: version 1 is older than the newest applied one (2) and is not applied")
			.hasMessageContaining("the outOfOrder setting to true");
		assertThat(migrator(database, scripts).status().find(Version.parse("1")).orElseThrow().state())
			.isEqualTo(MigrationState.OUT_OF_ORDER);

		MigrateResult allowed = migrator(database, scripts, MigrationsConfiguration.builder().outOfOrder(true))
			.migrate();
		assertThat(allowed.applied()).extracting((migration) -> migration.version().text()).containsExactly("1");
	}

	@Test
	void validateReportsPendingMigrations(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");

		ValidateResult before = migrator(database, scripts).validate();
		migrator(database, scripts).migrate().orThrow();
		ValidateResult after = migrator(database, scripts).validate();

		assertThat(before).isInstanceOfSatisfying(ValidateResult.Invalid.class,
				(invalid) -> assertThat(invalid.problems()).extracting(ValidationProblem::kind)
					.containsExactly(ValidationProblem.Kind.PENDING));
		assertThat(after).isInstanceOf(ValidateResult.Valid.class);
		assertThat(database.tableExists("schema_migrations")).isTrue();
	}

	@Test
	void statusAndValidateCreateNothing(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");

		migrator(database, scripts).status();
		migrator(database, scripts).validate();

		assertThat(database.tableExists("schema_migrations")).isFalse();
	}

	@Test
	void keepsHistoryInAConfiguredSchemaAndTable(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");

		migrator(database, scripts, MigrationsConfiguration.builder().schema("ops").table("migration_log")).migrate()
			.orThrow();

		assertThat(database.value("SELECT version FROM ops.migration_log")).isEqualTo("1");
		assertThat(database.tableExists("schema_migrations")).isFalse();
	}

}
