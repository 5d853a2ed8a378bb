package dev.migrations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Migrate and status read the files while the connection opens and the history is read: a
 * file that cannot be read fails them exactly as when the files were read first, whatever
 * the database answered, and no reading thread outlives the call.
 */
@ExtendWith(PostgresExtension.class)
class FilesReadWhileConnectingTest {

	private static final byte[] NOT_UTF_8 = "-- migrate:up\nCREATE TABLE users (name text DEFAULT 'café');\n-- migrate:down\nDROP TABLE users;\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	@TempDir
	Path folder;

	@Test
	void failsOnAnAppliedFileThatNoLongerReadsThoughTheHistoryWasReadMeanwhile(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_create_users.sql",
				"CREATE TABLE users (id bigint);", "DROP TABLE users;");
		assertThat(migrator(database, scripts).migrate()).isInstanceOf(MigrateResult.Applied.class);
		scripts.bytes("1_create_users.sql", NOT_UTF_8)
			.migration("2_create_orders.sql", "CREATE TABLE orders (id bigint);", "DROP TABLE orders;");

		assertThat(migrator(database, scripts).migrate()).isInstanceOfSatisfying(MigrateResult.Failed.class,
				(failed) -> assertThat(failed.error()).isInstanceOf(ScriptException.class)
					.hasMessageContaining("1_create_users.sql:2: is not valid UTF-8"));
		assertThat(database.tableExists("orders")).isFalse();
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("1");
	}

	@Test
	void statusReportsAFileThatDoesNotReadThoughTheHistoryWasReadMeanwhile(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_create_users.sql",
				"CREATE TABLE users (id bigint);", "DROP TABLE users;");
		migrator(database, scripts).migrate();
		scripts.bytes("1_create_users.sql", NOT_UTF_8);

		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> migrator(database, scripts).status())
			.withMessageContaining("1_create_users.sql:2: is not valid UTF-8");
	}

	@Test
	void namesTheUnreadableFileRatherThanTheUnreachableDatabase() {
		ScriptFolder scripts = new ScriptFolder(this.folder).bytes("1_create_users.sql", NOT_UTF_8);
		PGSimpleDataSource nowhere = new PGSimpleDataSource();
		nowhere.setURL("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=5");
		Migrator migrator = Migrator.builder(nowhere)
			.configuration(MigrationsConfiguration.builder().locations(scripts.location()).build())
			.build();

		assertThat(migrator.migrate()).isInstanceOfSatisfying(MigrateResult.Failed.class,
				(failed) -> assertThat(failed.error()).isInstanceOf(ScriptException.class)
					.hasMessageContaining("1_create_users.sql:2: is not valid UTF-8"));
		assertThatExceptionOfType(ScriptException.class).isThrownBy(migrator::status)
			.withMessageContaining("1_create_users.sql:2: is not valid UTF-8");
	}

	@Test
	void leavesNoReadingThreadBehind(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_create_users.sql",
				"CREATE TABLE users (id bigint);", "DROP TABLE users;");
		Migrator migrator = migrator(database, scripts);

		assertThat(migrator.migrate()).isInstanceOf(MigrateResult.Applied.class);
		assertThat(migrator.migrate()).isInstanceOf(MigrateResult.UpToDate.class);
		assertThat(migrator.status().current()).isEqualTo(Version.parse("1"));
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().equals("migrations-read") && thread.isAlive());
	}

}
