package dev.migrations.internal.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dev.migrations.MigrationFile;
import dev.migrations.ScriptException;
import dev.migrations.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * File names, sections, pairs and the errors that name the file.
 */
class ScriptParserTest {

	private final ScriptParser parser = new ScriptParser();

	private static MigrationFile file(String name, String content) {
		return file(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static MigrationFile file(String name, byte[] content) {
		return new MigrationFile(name, "db/migrations/" + name, content);
	}

	private List<MigrationScript> parse(MigrationFile... files) {
		return this.parser.parse(Arrays.asList(files));
	}

	@Test
	void readsVersionDescriptionAndBothSections() {
		MigrationScript script = parse(file("20260501_01_add_phone_to_users.sql", """
				-- Adds the phone number.
				-- migrate:up
				ALTER TABLE users
				  ADD COLUMN phone VARCHAR(30);

				-- migrate:down
				ALTER TABLE users
				  DROP COLUMN phone;
				""")).get(0);

		assertThat(script.version()).isEqualTo(Version.parse("20260501_01"));
		assertThat(script.description()).isEqualTo("add phone to users");
		assertThat(script.up().firstLine()).isEqualTo(3);
		assertThat(script.up().statements()).singleElement().satisfies((statement) -> {
			assertThat(statement.sql()).isEqualTo("ALTER TABLE users\n  ADD COLUMN phone VARCHAR(30)");
			assertThat(statement.line()).isEqualTo(3);
		});
		assertThat(script.down().statements()).singleElement()
			.satisfies((statement) -> assertThat(statement.line()).isEqualTo(7));
		assertThat(script.checksum()).hasSize(64);
	}

	@Test
	void sortsMigrationsByVersionNumerically() {
		List<MigrationScript> scripts = parse(file("10_c.sql", "-- migrate:up\nSELECT 10;\n-- migrate:down\n"),
				file("2_b.sql", "-- migrate:up\nSELECT 2;\n-- migrate:down\n"),
				file("1_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n"));

		assertThat(scripts).extracting((script) -> script.version().text()).containsExactly("1", "2", "10");
	}

	@Test
	void acceptsAnUpAndDownPair() {
		MigrationScript script = parse(file("3_add_index.up.sql", "CREATE INDEX i ON t (x);"),
				file("3_add_index.down.sql", "DROP INDEX i;"))
			.get(0);

		assertThat(script.script()).isEqualTo("3_add_index.up.sql");
		assertThat(script.description()).isEqualTo("add index");
		assertThat(script.down().statements()).singleElement()
			.satisfies((statement) -> assertThat(statement.sql()).isEqualTo("DROP INDEX i"));
	}

	@Test
	void acceptsAnExplicitlyIrreversibleMigration() {
		MigrationScript sections = parse(
				file("4_drop.sql", "-- migrate:up\nDROP TABLE t;\n-- migrate:down irreversible\n"))
			.get(0);
		MigrationScript pair = parse(file("5_drop.up.sql", "DROP TABLE u;"),
				file("5_drop.down.sql", "-- migrate:down irreversible\n"))
			.get(0);

		assertThat(sections.reversible()).isFalse();
		assertThat(pair.reversible()).isFalse();
	}

	@Test
	void checksumIgnoresLineEndings() {
		String unix = "-- migrate:up\nCREATE TABLE t (id bigint);\n\n-- migrate:down\nDROP TABLE t;\n";
		String windows = unix.replace("\n", "\r\n");

		assertThat(parse(file("1_t.sql", windows)).get(0).checksum())
			.isEqualTo(parse(file("1_t.sql", unix)).get(0).checksum());
	}

	@Test
	void checksumChangesWithTheUpSection() {
		String before = "-- migrate:up\nCREATE TABLE t (id bigint);\n-- migrate:down\nDROP TABLE t;\n";
		String after = "-- migrate:up\nCREATE TABLE t (id bigint, x int);\n-- migrate:down\nDROP TABLE t;\n";

		assertThat(parse(file("1_t.sql", after)).get(0).checksum())
			.isNotEqualTo(parse(file("1_t.sql", before)).get(0).checksum());
	}

	@Test
	void acceptsAByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "-- migrate:up\nSELECT 1;\n-- migrate:down\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(text, 0, content, bom.length, text.length);

		assertThat(parse(file("1_t.sql", content)).get(0).up().statements()).hasSize(1);
	}

	static Stream<Arguments> badInput() {
		return Stream.of(
				Arguments.of(List.of(file("add_phone.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")),
						"add_phone.sql: file name does not parse"),
				Arguments.of(List.of(file("20260501.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")),
						"20260501.sql: file name does not parse"),
				Arguments.of(
						List.of(file("1_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n"),
								file("01_b.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")),
						"1_a.sql: duplicate version 1: claimed by db/migrations/1_a.sql and db/migrations/01_b.sql"),
				Arguments.of(
						List.of(file("1_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n"),
								file("1_a.up.sql", "SELECT 1;")),
						"1_a.sql: duplicate version 1: claimed by db/migrations/1_a.sql and db/migrations/1_a.up.sql"),
				Arguments.of(List.of(file("1_a.sql", "SELECT 1;\n-- migrate:down\n")),
						"1_a.sql:1:1: SQL before the '-- migrate:up' line"),
				Arguments.of(List.of(file("1_a.sql", "-- just a comment\n-- migrate:down\nSELECT 1;\n")),
						"1_a.sql: has no '-- migrate:up' section"),
				Arguments.of(List.of(file("1_a.sql", "-- migrate:up\nCREATE TABLE t (id int);\n")),
						"1_a.sql: has no '-- migrate:down' section: every migration needs its undo; if it truly "
								+ "cannot be undone, add the line '-- migrate:down irreversible'"),
				Arguments.of(List.of(file("1_a.sql", "-- migrate:up\n\n-- migrate:down\n")),
						"1_a.sql:1: the up section has no SQL statement"),
				Arguments.of(List.of(file("1_a.sql", "")), "1_a.sql: has no '-- migrate:up' section"),
				Arguments.of(List.of(file("1_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:up\nSELECT 2;\n")),
						"1_a.sql:3:1: a second '-- migrate:up' section (the first is on line 1)"),
				Arguments.of(
						List.of(file("1_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down irreversible\nSELECT 2;\n")),
						"1_a.sql:3:1: the down section is marked irreversible but contains SQL"),
				Arguments.of(List.of(file("1_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:dwon\n")),
						"1_a.sql:3:1: unknown directive '-- migrate:dwon'"),
				Arguments.of(List.of(file("1_a.up.sql", "SELECT 1;")),
						"1_a.up.sql: has no matching .down.sql file: add 1_a.down.sql"),
				Arguments.of(List.of(file("1_a.down.sql", "SELECT 1;")), "1_a.down.sql: has no matching .up.sql file"),
				Arguments.of(
						List.of(file("1_a.sql", new byte[] { '-', '-', ' ', 'm', '\n', (byte) 0xC3, (byte) 0x28 })),
						"1_a.sql:2: is not valid UTF-8 (bad byte 0xC3 at byte offset 5); save the file as UTF-8"),
				Arguments.of(List.of(file("1_a.sql", "-- migrate:up\n\\i other.sql\n-- migrate:down\n")),
						"1_a.sql:2:1: psql meta-command"),
				Arguments.of(List.of(file("1_a.sql", "-- migrate:up\nSELECT $$ never closed;\n-- migrate:down\n")),
						"1_a.sql:2:8: "));
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void namesTheFileOfEveryBadInput(List<MigrationFile> files, String expectedMessageStart) {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.parser.parse(files))
			.withMessageStartingWith(expectedMessageStart);
	}

}
