package dev.migrations.internal.sql.ddl;

import dev.migrations.internal.sql.SqlLexer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading column types into one spelling, and telling the type changes that keep every
 * row as it is.
 */
class ColumnTypeTest {

	private static ColumnType type(String text) {
		return ColumnType
			.read(new SqlLexer().tokenize("test.sql", text, 1).stream().filter((token) -> !token.isTrivia()).toList());
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			value = { "VARCHAR(30) | varchar(30)", "character varying(100) | varchar(100)", "int | integer",
					"INT4 | integer", "serial8 | bigserial", "timestamp(3) with time zone | timestamptz(3)",
					"timestamp without time zone | timestamp", "double precision | double precision",
					"numeric(10, 2) | numeric(10,2)", "text[] | text[]", "integer ARRAY | integer[]",
					"pg_catalog.int8 | bigint", "\"MyType\" | MyType" })
	void readsOneSpellingPerType(String text, String canonical) {
		assertThat(type(text)).hasToString(canonical);
	}

	@ParameterizedTest(name = "{0} to {1}: {2}")
	@CsvSource(delimiter = '|',
			value = { "varchar(30) | text | true", "varchar(30) | varchar(60) | true", "varchar(30) | varchar | true",
					"text | varchar | true", "numeric(10,2) | numeric(12,2) | true", "numeric(10,2) | numeric | true",
					"cidr | inet | true", "text | text | true", "varchar(30) | varchar(20) | false",
					"text | varchar(10) | false", "integer | bigint | false", "numeric(10,2) | numeric(10,4) | false",
					"timestamp | timestamptz | false", "text | jsonb | false", "char(10) | text | false",
					"text[] | text | false" })
	void tellsTheChangesThatKeepEveryRow(String from, String to, boolean free) {
		assertThat(type(from).changesWithoutRewriteTo(type(to))).isEqualTo(free);
	}

}
