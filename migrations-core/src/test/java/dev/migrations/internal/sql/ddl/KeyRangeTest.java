package dev.migrations.internal.sql.ddl;

import dev.migrations.internal.sql.SqlLexer;
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
		assertThat(KeyRange.bounds(new SqlLexer().tokenize("test.sql", condition, 1)
			.stream()
			.filter((token) -> !token.isTrivia())
			.toList())).isEqualTo(bounded);
	}

}
