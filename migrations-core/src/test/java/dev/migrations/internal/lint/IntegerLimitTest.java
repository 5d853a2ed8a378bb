package dev.migrations.internal.lint;

import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.ddl.ColumnType;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The limit type-hygiene names for each narrow integer type, and each array spelling, is
 * the one PostgreSQL enforces: the limit fits a column of that type, one more is out of
 * range (SQLState 22003).
 */
@ExtendWith(PostgresExtension.class)
class IntegerLimitTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "smallint", "integer", "int", "smallserial", "serial", "int[]", "smallint[]",
			"integer ARRAY", "int2 ARRAY[3]" })
	void theNamedLimitIsTheLargestValuePostgresqlStores(String type, TestDatabase database) {
		ColumnType read = ColumnType
			.read(new SqlLexer().tokenize("test.sql", type, 1).stream().filter((token) -> !token.isTrivia()).toList());
		long limit = read.integerLimit();
		database.execute("DROP TABLE IF EXISTS t", "CREATE TABLE t (v " + type + ")");
		String value = read.array() ? "ARRAY[%d]" : "%d";

		database.execute("INSERT INTO t VALUES (" + value.formatted(limit) + ")");

		assertThat(database.value("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
				+ "WHERE attrelid = 't'::regclass AND attname = 'v'"))
			.endsWith(read.array() ? "[]" : "");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> database.execute("INSERT INTO t VALUES (" + value.formatted(limit + 1) + ")"))
			.havingRootCause()
			.satisfies((ex) -> assertThat(ex).hasMessageContaining("out of range"));
	}

}
