package dev.migrations.internal.sql;

import java.util.List;
import java.util.stream.Stream;

import dev.migrations.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StatementSplitter}.
 */
class StatementSplitterTest {

	private static final String SCRIPT = "V3__split.sql";

	private final StatementSplitter splitter = new StatementSplitter();

	@ParameterizedTest(name = "{0}")
	@MethodSource("scripts")
	void splitsLikePsql(String description, String text, List<String> expected) {
		assertThat(this.splitter.split(SCRIPT, text, 1)).extracting(SqlStatement::sql)
			.containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> scripts() {
		return Stream.of(split("two statements", "SELECT 1; SELECT 2;", "SELECT 1", "SELECT 2"),
				split("missing final semicolon", "SELECT 1;\nSELECT 2", "SELECT 1", "SELECT 2"),
				split("empty statements", ";;SELECT 1;; ;\n;SELECT 2;;", "SELECT 1", "SELECT 2"),
				split("empty text", ""), split("whitespace only", "  \n\t\r\n "),
				split("comments only", "-- a;\n/* b; /* c */ */\n-- d"),
				split("semicolon in a string", "SELECT 'a;b'; SELECT 2", "SELECT 'a;b'", "SELECT 2"),
				split("doubled quote", "SELECT 'it''s; fine'; SELECT 2", "SELECT 'it''s; fine'", "SELECT 2"),
				split("backslash in a string", "SELECT 'C:\\'; SELECT 2", "SELECT 'C:\\'", "SELECT 2"),
				split("escaped quote in E''", "SELECT E'a\\';b'; SELECT 2", "SELECT E'a\\';b'", "SELECT 2"),
				split("escaped backslash in e''", "SELECT e'\\\\'; SELECT 2", "SELECT e'\\\\'", "SELECT 2"),
				split("U& string", "SELECT U&'d\\0061t;'; SELECT 2", "SELECT U&'d\\0061t;'", "SELECT 2"),
				split("UESCAPE", "SELECT U&'d!0061t;' UESCAPE '!'; SELECT 2", "SELECT U&'d!0061t;' UESCAPE '!'",
						"SELECT 2"),
				split("B, X and N strings", "SELECT B'1;0', X'F;F', N'n;'; SELECT 2", "SELECT B'1;0', X'F;F', N'n;'",
						"SELECT 2"),
				split("quoted identifier", "SELECT 1 AS \"a;\"\"b\"; SELECT 2", "SELECT 1 AS \"a;\"\"b\"", "SELECT 2"),
				split("U& identifier", "SELECT 1 AS U&\"a;b\"; SELECT 2", "SELECT 1 AS U&\"a;b\"", "SELECT 2"),
				split("DO block", "DO $$ BEGIN PERFORM 1; END $$; SELECT 2", "DO $$ BEGIN PERFORM 1; END $$",
						"SELECT 2"),
				split("tagged dollar quote", "DO $do$ DECLARE x int; BEGIN x := 1; END $do$;SELECT 2",
						"DO $do$ DECLARE x int; BEGIN x := 1; END $do$", "SELECT 2"),
				split("function body with $$ inside $body$",
						"CREATE FUNCTION f() RETURNS int AS $body$ SELECT $$;$$::int; $body$ LANGUAGE sql; SELECT 2",
						"CREATE FUNCTION f() RETURNS int AS $body$ SELECT $$;$$::int; $body$ LANGUAGE sql", "SELECT 2"),
				split("nested dollar quotes", "DO $o$ BEGIN EXECUTE $i$ SELECT 1; $i$; END $o$; SELECT 2",
						"DO $o$ BEGIN EXECUTE $i$ SELECT 1; $i$; END $o$", "SELECT 2"),
				split("parameter", "PREPARE p AS SELECT $1; EXECUTE p(1)", "PREPARE p AS SELECT $1", "EXECUTE p(1)"),
				split("$ inside an identifier", "SELECT a$b$ FROM t; SELECT $b$;$b$", "SELECT a$b$ FROM t",
						"SELECT $b$;$b$"),
				split("semicolon in a line comment", "SELECT 1 -- no; split\n; SELECT 2", "SELECT 1 -- no; split",
						"SELECT 2"),
				split("comment right after an operator", "SELECT 1+--c;\n2; SELECT 3", "SELECT 1+--c;\n2", "SELECT 3"),
				split("semicolon in a block comment", "SELECT /* ; */ 1; SELECT 2", "SELECT /* ; */ 1", "SELECT 2"),
				split("nested block comments", "SELECT /* a /* b; */ c; */ 1; SELECT 2", "SELECT /* a /* b; */ c; */ 1",
						"SELECT 2"),
				split("comment markers in quotes", "SELECT '/*', \"--\"; SELECT '*/'", "SELECT '/*', \"--\"",
						"SELECT '*/'"),
				split("leading comments left out", "-- header\n/* doc; */\nSELECT 1; -- about 2\nSELECT 2", "SELECT 1",
						"SELECT 2"),
				split("inner comments kept", "SELECT 1, -- one\n  2 /* two */; SELECT 3",
						"SELECT 1, -- one\n  2 /* two */", "SELECT 3"),
				split("trailing whitespace trimmed", "SELECT 1   \n\t;\n", "SELECT 1"),
				split("CRLF", "SELECT 1;\r\nSELECT\r\n 2;\r\n", "SELECT 1", "SELECT\r\n 2"),
				split("lone CR", "SELECT 1;\rSELECT 2", "SELECT 1", "SELECT 2"),
				split("transaction control", "BEGIN; SELECT 1; COMMIT;", "BEGIN", "SELECT 1", "COMMIT"),
				split("BEGIN and END outside a routine", "begin;\nSELECT 1;\nend;", "begin", "SELECT 1", "end"),
				split("BEGIN ATOMIC",
						"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3",
						"CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END",
						"SELECT 3"),
				split("BEGIN ATOMIC with CASE",
						"CREATE OR REPLACE FUNCTION f(x int) RETURNS text LANGUAGE sql\nBEGIN ATOMIC\n"
								+ "  SELECT CASE WHEN x > 0 THEN 'p;' ELSE 'n' END;\nEND;\nSELECT 3",
						"CREATE OR REPLACE FUNCTION f(x int) RETURNS text LANGUAGE sql\nBEGIN ATOMIC\n"
								+ "  SELECT CASE WHEN x > 0 THEN 'p;' ELSE 'n' END;\nEND",
						"SELECT 3"),
				split("procedure body, lower case",
						"create or replace procedure p() language sql begin atomic insert into t values (1); "
								+ "insert into t values (2); end; call p()",
						"create or replace procedure p() language sql begin atomic insert into t values (1); "
								+ "insert into t values (2); end",
						"call p()"),
				split("comments in a routine header",
						"CREATE /* x */ OR -- y\nREPLACE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END; SELECT 2",
						"CREATE /* x */ OR -- y\nREPLACE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END",
						"SELECT 2"),
				split("BEGIN as a name outside a routine", "CREATE TABLE t (begin int); CREATE TABLE begin_end (x int)",
						"CREATE TABLE t (begin int)", "CREATE TABLE begin_end (x int)"),
				split("semicolons inside parentheses",
						"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));"
								+ " SELECT 1",
						"CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
						"SELECT 1"),
				split("COPY from a server file", "COPY t FROM '/tmp/x'; COPY (SELECT * FROM stdin) TO '/tmp/y'",
						"COPY t FROM '/tmp/x'", "COPY (SELECT * FROM stdin) TO '/tmp/y'"));
	}

	private static Arguments split(String description, String text, String... expected) {
		return Arguments.of(description, text, List.of(expected));
	}

	@Test
	void locatesEachStatementInTheFile() {
		String text = "-- lead\nSELECT 1;\n\tSELECT\n 2; /* x */ SELECT 3\r\n;\rSELECT 4";
		List<SqlStatement> statements = this.splitter.split(SCRIPT, text, 10);
		assertThat(statements).extracting(SqlStatement::sql)
			.containsExactly("SELECT 1", "SELECT\n 2", "SELECT 3", "SELECT 4");
		assertThat(statements).extracting(SqlStatement::line).containsExactly(11, 12, 13, 15);
		assertThat(statements).extracting(SqlStatement::column).containsExactly(1, 2, 13, 1);
		for (SqlStatement statement : statements) {
			assertThat(text.substring(statement.startOffset(), statement.endOffset())).isEqualTo(statement.sql());
		}
		assertThat(statements).extracting(SqlStatement::startOffset)
			.containsExactly(text.indexOf("SELECT 1"), text.indexOf("SELECT\n"), text.indexOf("SELECT 3"),
					text.indexOf("SELECT 4"));
	}

	@Test
	void returnsAnUnmodifiableList() {
		List<SqlStatement> statements = this.splitter.split(SCRIPT, "SELECT 1", 1);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> statements.remove(0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unterminated")
	void reportsUnterminatedFormsAtTheirOpenerInTheFile(String input, int line, int column, String problem) {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.splitter.split(SCRIPT, input, 20))
			.withMessageStartingWith(SCRIPT + ":" + line + ":" + column + ": " + problem);
	}

	static Stream<Arguments> unterminated() {
		return Stream.of(Arguments.of("SELECT 1;\nSELECT 'a;b", 21, 8, "unterminated quoted string"),
				Arguments.of("SELECT E'a\\';", 20, 8, "unterminated quoted string"),
				Arguments.of("SELECT 1;\r\n  SELECT U&'x", 21, 10, "unterminated quoted string"),
				Arguments.of("SELECT \"a;", 20, 8, "unterminated quoted identifier"),
				Arguments.of("SELECT 1;\rDO $$ BEGIN; END;", 21, 4, "unterminated dollar-quoted string"),
				Arguments.of("DO $body$ BEGIN; END $$;", 20, 4, "unterminated dollar-quoted string"),
				Arguments.of("SELECT 1; /* a /* b */ c;", 20, 11, "unterminated /* comment"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("metaCommands")
	void rejectsPsqlMetaCommands(String input, int line, int column, String command) {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.splitter.split(SCRIPT, input, 1))
			.withMessageStartingWith(SCRIPT + ":" + line + ":" + column + ": psql meta-command " + command
					+ " is not supported in a migration: ");
	}

	static Stream<Arguments> metaCommands() {
		return Stream.of(Arguments.of("\\copy t from 'data.csv' csv", 1, 1, "\\copy"),
				Arguments.of("SELECT 1;\n\\i other.sql\n", 2, 1, "\\i"),
				Arguments.of("SELECT 1;\n\\set ON_ERROR_STOP on\nSELECT 2;", 2, 1, "\\set"),
				Arguments.of("SELECT 1; \\connect other", 1, 11, "\\connect"),
				Arguments.of("SELECT 1\n\\gset", 2, 1, "\\gset"), Arguments.of("\\! ls", 1, 1, "\\!"));
	}

	@Test
	void metaCommandMessageHasAHint() {
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.splitter.split(SCRIPT, "\\copy t from 'x.csv'", 1))
			.withMessageContaining("INSERT")
			.withMessageContaining("COPY FROM a file on the database server");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("copyFromStdin")
	void rejectsCopyFromStdin(String input, int line, int column) {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.splitter.split(SCRIPT, input, 1))
			.withMessageStartingWith(
					SCRIPT + ":" + line + ":" + column + ": COPY … FROM STDIN is not supported in a migration: ")
			.withMessageContaining("INSERT")
			.withMessageContaining("COPY FROM a file on the database server");
	}

	static Stream<Arguments> copyFromStdin() {
		// The data lines after the statement are never lexed: O'Brien would otherwise be
		// an unterminated quote
		return Stream.of(Arguments.of("COPY t FROM stdin;\n1\tO'Brien\n\\.\n", 1, 1),
				Arguments.of("SELECT 1;\n  copy t (a, b) from STDIN with (format csv);", 2, 3),
				Arguments.of("COPY t FROM StdIn", 1, 1));
	}

}
