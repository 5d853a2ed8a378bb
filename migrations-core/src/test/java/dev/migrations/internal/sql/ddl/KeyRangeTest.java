package dev.migrations.internal.sql.ddl;

import java.util.List;

import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a {@code WHERE} clause bounds an update to a key range.
 */
class KeyRangeTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "id BETWEEN 1 AND 100000 | true",
			"tracking_number IS NULL AND id BETWEEN 1 AND 100000 | true",
			"o.id BETWEEN :batch_start AND :batch_end | true",
			"id BETWEEN last_id + 1 AND last_id + batch_size AND created_at < '2024-01-01' | true",
			"id >= 1 AND id < 10001 | true", "10001 > id AND id >= 1 | true", "(id BETWEEN 1 AND 10) AND x = 1 | true",
			"id = 42 | true", "customer_id IN (1, 2, 3) | true", "CURRENT OF c | true",
			"created_at < '2024-01-01' | false", "id >= 100 | false", "status = 'new' | false",
			"id BETWEEN 1 AND 100 OR status = 'new' | false", "id NOT BETWEEN 1 AND 100 | false",
			"id IN (SELECT id FROM other) | false", "id = (SELECT max(id) FROM orders) | false",
			"EXISTS (SELECT 1 FROM t WHERE t.id BETWEEN 1 AND 2) | false", "'id BETWEEN 1 AND 2' = note | false" })
	void decidesWhetherAConditionIsBounded(String condition, boolean bounded) {
		assertThat(KeyRange.bounds(significant(condition))).isEqualTo(bounded);
	}

	@ParameterizedTest(name = "{0} -> [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '~',
			value = { "NAME_ = 'schema.version' | name_", "a = 1 AND b = :x AND c > 2 | a b",
					"'x' = a AND (b = $1 AND t.c = 'y'::text) | a b c", "\"Key\" = 'k' | Key", "a = 1 OR b = 2 | -",
					"a = b | -", "NOT a = 1 | -", "a + b = 1 | -", "a = 1 + b | -", "lower(a) = 'x' | -",
					"a = (SELECT max(a) FROM t) | -", "a IN (1) | -" })
	void readsTheColumnsAnEqualityFixes(String condition, String columns) {
		assertThat(KeyRange.equalities(significant(condition)))
			.containsExactlyInAnyOrder(columns.equals("-") ? new String[0] : columns.split(" "));
	}

	private static List<Token> significant(String condition) {
		return new SqlLexer().tokenize("test.sql", condition, 1).stream().filter((token) -> !token.isTrivia()).toList();
	}

}
