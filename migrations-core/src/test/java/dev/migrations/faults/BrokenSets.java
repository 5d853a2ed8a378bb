package dev.migrations.faults;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.migrations.faults.BrokenSet.named;

/**
 * The corpus of broken migration sets: names, duplicates, sections and directives,
 * encodings, unterminated quotes and comments, psql meta-commands, empty files, one very
 * large file, and SQL errors in the middle of a file. Each parse-error set also holds a
 * good migration, which must not run either.
 */
final class BrokenSets {

	private BrokenSets() {
	}

	static List<BrokenSet> all(int largeFileMegabytes) {
		List<BrokenSet> sets = new ArrayList<>();
		sets.addAll(names());
		sets.addAll(duplicates());
		sets.addAll(sections());
		sets.addAll(directives());
		sets.addAll(encodings());
		sets.addAll(quotesAndComments());
		sets.addAll(metaCommands());
		sets.addAll(emptyFiles());
		sets.add(largeFile(largeFileMegabytes));
		sets.addAll(sqlErrors());
		return sets;
	}

	private static List<BrokenSet> names() {
		return List.of(
				named("no version").good()
					.file("add_phone.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("add_phone.sql: ", "file name does not parse", "<version>_<description>.sql"),
				named("no description").good()
					.file("20260501.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("20260501.sql: ", "file name does not parse"),
				named("empty description").good()
					.file("2_.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("2_.sql: ", "file name does not parse"),
				named("blank description").good()
					.file("2__.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("2__.sql: ", "empty description"),
				named("dash after the version").good()
					.file("2-add.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("2-add.sql: ", "file name does not parse"),
				named("letters before the version").good()
					.file("a2_add.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("a2_add.sql: ", "file name does not parse"),
				named("leading underscore").good()
					.file("_2_add.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("_2_add.sql: ", "file name does not parse"),
				named("up file without its down").good()
					.file("2_add.up.sql", "SELECT 1;")
					.fails("2_add.up.sql: ", "has no matching .down.sql file", "2_add.down.sql"),
				named("down file without its up").good()
					.file("2_add.down.sql", "SELECT 1;")
					.fails("2_add.down.sql: ", "has no matching .up.sql file"));
	}

	private static List<BrokenSet> duplicates() {
		String body = "-- migrate:up\nSELECT 1;\n-- migrate:down\n";
		return List.of(
				named("same version, two descriptions").good()
					.file("2_a.sql", body)
					.file("2_b.sql", body)
					.fails("2_a.sql: ", "duplicate version 2", "/2_a.sql and ", "/2_b.sql"),
				named("same version with leading zeros").good()
					.file("2_a.sql", body)
					.file("02_b.sql", body)
					.fails("02_b.sql: ", "duplicate version", "2_a.sql"),
				named("same version with a trailing zero group").good()
					.file("2_a.sql", body)
					.file("2.0_b.sql", body)
					.fails("2.0_b.sql: ", "duplicate version", "2_a.sql"),
				named("sections and a pair").good()
					.file("2_a.sql", body)
					.file("2_a.up.sql", "SELECT 1;")
					.file("2_a.down.sql", "SELECT 1;")
					.fails("2_a.down.sql: ", "duplicate version 2"),
				named("same name in a sub-folder").good()
					.file("2_a.sql", body)
					.file("more/2_a.sql", body)
					.fails("2_a.sql: ", "duplicate version 2", "/2_a.sql and ", "/more/2_a.sql"));
	}

	private static List<BrokenSet> sections() {
		return List.of(
				named("no up section").good()
					.file("2_a.sql", "-- migrate:down\nSELECT 1;\n")
					.fails("2_a.sql: ", "has no '-- migrate:up' section"),
				named("no down section").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n")
					.fails("2_a.sql: ", "has no '-- migrate:down' section", "irreversible"),
				named("empty up section").good()
					.file("2_a.sql", "-- migrate:up\n\n-- migrate:down\nSELECT 1;\n")
					.fails("2_a.sql:1: ", "the up section has no SQL statement"),
				named("up section of blanks only").good()
					.file("2_a.sql", "-- migrate:up\n   \n\t\n-- migrate:down\n")
					.fails("2_a.sql:1: ", "the up section has no SQL statement", "marker version"),
				named("two up sections").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:up\nSELECT 2;\n")
					.fails("2_a.sql:3:1: ", "a second '-- migrate:up' section", "line 1"),
				named("two down sections").good()
					.file("2_a.sql",
							"-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n-- migrate:down\nSELECT 3;\n")
					.fails("2_a.sql:5:1: ", "a second '-- migrate:down' section", "line 3"),
				named("SQL before the up section").good()
					.file("2_a.sql", "-- header\nCREATE TABLE t (id int);\n-- migrate:up\nSELECT 1;\n-- migrate:down\n")
					.fails("2_a.sql:2:1: ", "SQL before the '-- migrate:up' line"),
				named("irreversible down with SQL").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down irreversible\nDROP TABLE t;\n")
					.fails("2_a.sql:3:1: ", "marked irreversible but contains SQL"),
				named("text after the up marker").good()
					.file("2_a.sql", "-- migrate:up now\nSELECT 1;\n-- migrate:down\n")
					.fails("2_a.sql:1:1: ", "unexpected text after '-- migrate:up'", "'now'"));
	}

	private static List<BrokenSet> directives() {
		return List.of(
				named("misspelt directive").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:dwon\n")
					.fails("2_a.sql:3:1: ", "unknown directive '-- migrate:dwon'"),
				named("phase after the up marker").good()
					.file("2_a.sql", "-- migrate:up\n-- migrate:phase contract\nSELECT 1;\n-- migrate:down\n")
					.fails("2_a.sql:2:1: ", "'-- migrate:phase' takes 'expand' or 'contract'"),
				named("batch without a table").good()
					.migration("2_a.sql",
							"-- migrate:batch size=10\nUPDATE t SET x = 1 WHERE id BETWEEN :batch_start AND :batch_end;",
							"SELECT 1;")
					.fails("2_a.sql:2:1: ", "-- migrate:batch", "table=<table> is required"),
				named("batch with an unknown setting").good()
					.migration("2_a.sql",
							"-- migrate:batch table=t rows=10\nUPDATE t SET x = 1 WHERE id BETWEEN :batch_start AND :batch_end;",
							"SELECT 1;")
					.fails("2_a.sql:2:1: ", "unknown setting 'rows'"),
				named("batch with a pause in minutes").good()
					.migration("2_a.sql",
							"-- migrate:batch table=t pause=1m\nUPDATE t SET x = 1 WHERE id BETWEEN :batch_start AND :batch_end;",
							"SELECT 1;")
					.fails("2_a.sql:2:1: ", "pause must end in ms or s"),
				named("batch above a statement without placeholders").good()
					.migration("2_a.sql", "-- migrate:batch table=t\nUPDATE t SET x = 1;", "SELECT 1;")
					.fails("2_a.sql:2:1: ", ":batch_start and :batch_end"));
	}

	private static List<BrokenSet> encodings() {
		return List.of(
				named("Latin-1").good()
					.bytes("2_a.sql",
							"-- migrate:up\nSELECT 'café';\n-- migrate:down\n".getBytes(StandardCharsets.ISO_8859_1))
					.fails("2_a.sql:2: ", "is not valid UTF-8", "0xE9"),
				named("lone continuation byte").good()
					.bytes("2_a.sql",
							concat("-- migrate:up\nSELECT '", new byte[] { (byte) 0x80 }, "';\n-- migrate:down\n"))
					.fails("2_a.sql:2: ", "is not valid UTF-8", "0x80", "byte offset 22"),
				named("truncated sequence at the end").good()
					.bytes("2_a.sql",
							concat("-- migrate:up\nSELECT 1;\n-- migrate:down\n-- ",
									new byte[] { (byte) 0xE2, (byte) 0x82 }, ""))
					.fails("2_a.sql:4: ", "is not valid UTF-8", "0xE2"),
				named("overlong encoding").good()
					.bytes("2_a.sql",
							concat("-- migrate:up\nSELECT '", new byte[] { (byte) 0xC0, (byte) 0xAF },
									"';\n-- migrate:down\n"))
					.fails("2_a.sql:2: ", "is not valid UTF-8", "0xC0"),
				named("encoded surrogate").good()
					.bytes("2_a.sql",
							concat("-- migrate:up\n\nSELECT '", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
									"';\n-- migrate:down\n"))
					.fails("2_a.sql:3: ", "is not valid UTF-8", "0xED"),
				named("UTF-16 with a byte order mark").good()
					.bytes("2_a.sql", concat("", new byte[] { (byte) 0xFF, (byte) 0xFE }, ""))
					.fails("2_a.sql:1: ", "is not valid UTF-8", "0xFF", "byte offset 0"));
	}

	private static List<BrokenSet> quotesAndComments() {
		return List.of(
				named("unterminated string").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 'open;\n-- migrate:down\n")
					.fails("2_a.sql:2:8: ", "unterminated quoted string"),
				named("unterminated quoted identifier").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1 AS \"open;\n-- migrate:down\n")
					.fails("2_a.sql:2:13: ", "unterminated quoted identifier"),
				named("unterminated escape string").good()
					.file("2_a.sql", "-- migrate:up\nSELECT E'it\\'s;\n-- migrate:down\n")
					.fails("2_a.sql:2:8: ", "unterminated quoted string"),
				named("unterminated bit string").good()
					.file("2_a.sql", "-- migrate:up\nSELECT B'0101;\n-- migrate:down\n")
					.fails("2_a.sql:2:8: ", "unterminated bit string literal"),
				named("unterminated hexadecimal string").good()
					.file("2_a.sql", "-- migrate:up\nSELECT X'ff;\n-- migrate:down\n")
					.fails("2_a.sql:2:8: ", "unterminated hexadecimal string literal"),
				named("unterminated Unicode string").good()
					.file("2_a.sql", "-- migrate:up\nSELECT U&'d\\0061t;\n-- migrate:down\n")
					.fails("2_a.sql:2:8: ", "unterminated"),
				named("unterminated dollar quote").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\nDO $$ BEGIN\n  PERFORM 1;\n-- migrate:down\n")
					.fails("2_a.sql:3:4: ", "unterminated dollar-quoted string", "$$"),
				named("dollar quote closed with another tag").good()
					.file("2_a.sql", "-- migrate:up\nDO $body$ BEGIN END $bod$;\n-- migrate:down\n")
					.fails("2_a.sql:2:4: ", "unterminated dollar-quoted string", "no closing $body$"),
				named("unterminated block comment").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1; /* open\n-- migrate:down\n")
					.fails("2_a.sql:2:11: ", "unterminated /* comment"),
				named("block comments nest").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n  /* outer /* inner */ still open\n-- migrate:down\n")
					.fails("2_a.sql:3:3: ", "unterminated /* comment", "nest"),
				named("unterminated string in the down section").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 'open;\n")
					.fails("2_a.sql:4:8: ", "unterminated quoted string"),
				named("unterminated string in an up file").good()
					.file("2_a.up.sql", "\n\nSELECT 'open;\n")
					.file("2_a.down.sql", "SELECT 1;\n")
					.fails("2_a.up.sql:3:8: ", "unterminated quoted string"));
	}

	private static List<BrokenSet> metaCommands() {
		return List.of(
				named("\\i").good()
					.file("2_a.sql", "-- migrate:up\n\\i other.sql\n-- migrate:down\n")
					.fails("2_a.sql:2:1: ", "psql meta-command \\i", "not supported"),
				named("\\copy").good()
					.file("2_a.sql", "-- migrate:up\n\\copy users FROM 'users.csv'\n-- migrate:down\n")
					.fails("2_a.sql:2:1: ", "psql meta-command \\copy"),
				named("\\set").good()
					.file("2_a.sql", "-- migrate:up\n\\set name 'x'\nSELECT 1;\n-- migrate:down\n")
					.fails("2_a.sql:2:1: ", "psql meta-command \\set", "psql variables"),
				named("\\connect").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n\\connect other\n-- migrate:down\n")
					.fails("2_a.sql:3:1: ", "psql meta-command \\connect"),
				named("\\gset after a statement").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1 AS one \\gset\n-- migrate:down\n")
					.fails("2_a.sql:2:17: ", "psql meta-command \\gset"),
				named("\\! in the down section").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n\\! rm -rf /tmp/x\n")
					.fails("2_a.sql:4:1: ", "psql meta-command \\!"),
				named("COPY FROM STDIN").good()
					.file("2_a.sql", "-- migrate:up\nSELECT 1;\nCOPY users FROM stdin;\n1\n\\.\n-- migrate:down\n")
					.fails("2_a.sql:3:1: ", "COPY … FROM STDIN is not supported"));
	}

	private static List<BrokenSet> emptyFiles() {
		return List.of(
				named("empty file").good().file("2_a.sql", "").fails("2_a.sql: ", "has no '-- migrate:up' section"),
				named("blank file").good()
					.file("2_a.sql", "\n  \n\t\n")
					.fails("2_a.sql: ", "has no '-- migrate:up' section"),
				named("byte order mark only").good()
					.bytes("2_a.sql", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })
					.fails("2_a.sql: ", "has no '-- migrate:up' section"),
				named("empty up file of a pair").good()
					.file("2_a.up.sql", "")
					.file("2_a.down.sql", "SELECT 1;")
					.fails("2_a.up.sql: ", "the up file has no SQL statement"),
				named("blank up file of a pair").good()
					.file("2_a.up.sql", "\n\n")
					.file("2_a.down.sql", "SELECT 1;")
					.fails("2_a.up.sql: ", "the up file has no SQL statement"));
	}

	/**
	 * A file of {@code megabytes} MB of valid statements, then an unterminated string on
	 * its last line.
	 */
	static BrokenSet largeFile(int megabytes) {
		String row = "INSERT INTO big (id, payload) VALUES (42, 'abcdefghijklmnopqrstuvwxyz; -- /* $$ not a comment');\n";
		int rows = megabytes * 1024 * 1024 / row.length();
		StringBuilder text = new StringBuilder(megabytes * 1024 * 1024 + 200).append("-- migrate:up\n");
		text.append(row.repeat(rows));
		text.append("SELECT 'never closed;\n-- migrate:down\nSELECT 1;\n");
		return named(megabytes + " MB file with an unterminated string on its last line").good()
			.file("2_big.sql", text.toString())
			.fails("2_big.sql:" + (rows + 2) + ":8: ", "unterminated quoted string");
	}

	private static List<BrokenSet> sqlErrors() {
		return List.of(
				named("missing table in statement 2 of 3")
					.migration("1_a.sql",
							"CREATE TABLE a (id int);\n\nINSERT INTO missing VALUES (1);\nCREATE TABLE b (id int);",
							"SELECT 1;")
					.file("2_create_users.sql", BrokenSet.GOOD)
					.failsInPostgres("1_a.sql:4:13: ", "relation \"missing\" does not exist", "SQLState 42P01",
							"statement 2 of 3"),
				named("syntax error inside a multi-line statement")
					.migration("1_a.sql",
							"CREATE TABLE a (id int);\nCREATE TABLE b (\n  id int,\n  name txet wrong\n);", "SELECT 1;")
					.failsInPostgres("1_a.sql:5:13: ", "syntax error at or near \"wrong\"", "SQLState 42601",
							"statement 2 of 2"),
				named("division by zero in the middle").migration("1_a.sql",
						"CREATE TABLE a (id int);\nINSERT INTO a SELECT 1 / 0;\nCREATE TABLE b (id int);", "SELECT 1;")
					.failsInPostgres("1_a.sql:3:1: ", "division by zero", "SQLState 22012", "statement 2 of 3"),
				named("table created twice")
					.migration("1_a.sql",
							"CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nCREATE TABLE a (id int);", "SELECT 1;")
					.failsInPostgres("1_a.sql:4:1: ", "relation \"a\" already exists", "SQLState 42P07",
							"statement 3 of 3"),
				named("exception raised by a DO block").migration("1_a.sql",
						"CREATE TABLE a (id int);\nDO $$\nBEGIN\n  RAISE EXCEPTION 'stop here';\nEND\n$$;\nCREATE TABLE b (id int);",
						"SELECT 1;")
					.failsInPostgres("1_a.sql:3:1: ", "stop here", "SQLState P0001", "statement 2 of 3"),
				named("unknown function after a good statement in a pair")
					.file("1_a.up.sql", "CREATE TABLE a (id int);\nSELECT no_such_function(1);\n")
					.file("1_a.down.sql", "DROP TABLE a;\n")
					.failsInPostgres("1_a.up.sql:2:8: ", "no_such_function", "SQLState 42883", "statement 2 of 2"));
	}

	private static byte[] concat(String before, byte[] middle, String after) {
		byte[] head = before.getBytes(StandardCharsets.UTF_8);
		byte[] tail = after.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + middle.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(middle, 0, all, head.length, middle.length);
		System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
		return all;
	}

}
