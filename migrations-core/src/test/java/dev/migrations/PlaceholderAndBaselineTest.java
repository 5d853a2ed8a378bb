package dev.migrations;

import java.nio.file.Path;
import java.util.Map;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placeholders in SQL, and a baseline for a database that was never under a migration
 * tool.
 */
@ExtendWith(PostgresExtension.class)
class PlaceholderAndBaselineTest {

	@TempDir
	Path folder;

	@Test
	void replacesConfiguredAndFlywaysBuiltInPlaceholders(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_owner.sql", """
				CREATE TABLE settings (k text, v text);
				INSERT INTO settings VALUES ('owner', '${owner}'), ('schema', '${flyway:defaultSchema}'),
				  ('user', '${flyway:user}'), ('database', '${flyway:database}');""", "DROP TABLE settings;");

		migrator(database, scripts, MigrationsConfiguration.builder().placeholders(Map.of("owner", "orders-team")))
			.migrate()
			.orThrow();

		assertThat(database.column("SELECT v FROM settings ORDER BY k")).containsExactly(database.name(), "orders-team",
				"public", "postgres");
	}

	@Test
	void anUnknownPlaceholderIsAnErrorNamingFileLineAndColumnBeforeAnythingRuns(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE t;")
			.migration("2_grant.sql", "CREATE TABLE u (id bigint);\nGRANT SELECT ON u TO ${reader};", "DROP TABLE u;");

		MigrateResult result = migrator(database, scripts, MigrationsConfiguration.builder()).migrate();

		assertThat(((MigrateResult.Failed) result).error()).isInstanceOf(ScriptException.class)
			.hasMessageStartingWith("2_grant.sql:3:22: unknown placeholder ${reader}")
			.hasMessageContaining("the placeholders setting (reader)");
		assertThat(database.tableExists("t")).isFalse();
	}

	@Test
	void leavesQuotedPlaceholdersAloneWhenToldTo(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_template.sql", """
				CREATE TABLE templates (body text);
				INSERT INTO templates VALUES ('Dear ${name}');""", "DROP TABLE templates;");

		migrator(database, scripts, MigrationsConfiguration.builder().placeholdersOutsideQuotesOnly(true)).migrate()
			.orThrow();

		assertThat(database.value("SELECT body FROM templates")).isEqualTo("Dear ${name}");
	}

	@Test
	void checksumsAreTakenBeforeReplacementSoAnotherValueIsNoEdit(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_owner.sql",
				"CREATE TABLE owner AS SELECT '${owner}'::text AS name;", "DROP TABLE owner;");
		migrator(database, scripts, MigrationsConfiguration.builder().placeholders(Map.of("owner", "a"))).migrate()
			.orThrow();

		ValidateResult result = migrator(database, scripts,
				MigrationsConfiguration.builder().placeholders(Map.of("owner", "b")))
			.validate();

		assertThat(result).isInstanceOf(ValidateResult.Valid.class);
	}

	@Test
	void versionsAtOrBelowTheBaselineCountAsAppliedWithoutRunning(TestDatabase database) {
		database.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);", "DROP TABLE users;")
			.migration("2_add_name.sql", "ALTER TABLE users ADD COLUMN name text;",
					"ALTER TABLE users DROP COLUMN name;");

		MigrateResult result = migrator(database, scripts,
				MigrationsConfiguration.builder().baselineVersion(Version.parse("1")))
			.migrate();

		assertThat(result.applied()).extracting((migration) -> migration.version().text()).containsExactly("2");
		assertThat(migrator(database, scripts, MigrationsConfiguration.builder()).status()
			.find(Version.parse("1"))
			.orElseThrow()
			.origin()).isEqualTo("baseline");
	}

}
