package dev.migrations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad file makes migrate return a failure naming it, and nothing is
 * applied: not even the good migrations before it, nor the history table.
 */
@ExtendWith(PostgresExtension.class)
class BadInputTest {

	@TempDir
	Path folder;

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("add_phone.sql",
						"-- migrate:up\nSELECT 1;\n-- migrate:down\n".getBytes(StandardCharsets.UTF_8),
						"add_phone.sql: file name does not parse"),
				Arguments.of("1_duplicate.sql",
						"-- migrate:up\nSELECT 1;\n-- migrate:down\n".getBytes(StandardCharsets.UTF_8),
						"duplicate version 1: claimed by "),
				Arguments.of("2_no_up.sql", "-- migrate:down\nSELECT 1;\n".getBytes(StandardCharsets.UTF_8),
						"2_no_up.sql: has no '-- migrate:up' section"),
				Arguments.of("2_no_down.sql", "-- migrate:up\nSELECT 1;\n".getBytes(StandardCharsets.UTF_8),
						"2_no_down.sql: has no '-- migrate:down' section"),
				Arguments.of("2_empty_up.sql",
						"-- migrate:up\n\n-- migrate:down\nSELECT 1;\n".getBytes(StandardCharsets.UTF_8),
						"2_empty_up.sql:1: the up section has no SQL statement"),
				Arguments.of("2_latin1.sql",
						"-- migrate:up\nSELECT 'café';\n-- migrate:down\n".getBytes(StandardCharsets.ISO_8859_1),
						"2_latin1.sql:2: is not valid UTF-8"),
				Arguments.of("2_quote.sql",
						"-- migrate:up\nSELECT 'open;\n-- migrate:down\n".getBytes(StandardCharsets.UTF_8),
						"2_quote.sql:2:8: "),
				Arguments.of("2_comment.sql",
						"-- migrate:up\nSELECT 1; /* open /* nested */\n-- migrate:down\n"
							.getBytes(StandardCharsets.UTF_8),
						"2_comment.sql:2:11: "),
				Arguments.of("2_dollar.sql",
						"-- migrate:up\nDO $body$ BEGIN END $bod$;\n-- migrate:down\n".getBytes(StandardCharsets.UTF_8),
						"2_dollar.sql:2:4: "),
				Arguments.of("2_meta.sql",
						"-- migrate:up\n\\copy users FROM 'users.csv'\n-- migrate:down\n"
							.getBytes(StandardCharsets.UTF_8),
						"2_meta.sql:2:1: psql meta-command"),
				Arguments.of("2_stdin.sql",
						"-- migrate:up\nCOPY users FROM stdin;\n-- migrate:down\n".getBytes(StandardCharsets.UTF_8),
						"2_stdin.sql:2:1: COPY … FROM STDIN is not supported"));
	}

	@ParameterizedTest
	@MethodSource("badFiles")
	void namesTheFileAndAppliesNothing(String name, byte[] content, String expectedMessage, TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_create_users.sql", "CREATE TABLE users (id bigint);", "DROP TABLE users;")
			.bytes(name, content);
		Migrator migrator = migrator(database, scripts);

		assertThat(migrator.migrate()).isInstanceOfSatisfying(MigrateResult.Failed.class,
				(failed) -> assertThat(failed.error()).isInstanceOf(ScriptException.class)
					.hasMessageContaining(expectedMessage));
		assertThat(database.tableExists("users")).isFalse();
		assertThat(database.tableExists("schema_migrations")).isFalse();
	}

}
