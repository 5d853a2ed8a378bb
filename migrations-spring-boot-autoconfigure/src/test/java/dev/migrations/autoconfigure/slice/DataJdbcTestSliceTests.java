package dev.migrations.autoconfigure.slice;

import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A {@code @DataJdbcTest} on PostgreSQL sees the migrated schema.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class DataJdbcTestSliceTests {

	private static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = SliceDatabase.register(registry);
	}

	@Autowired
	private JdbcAggregateTemplate aggregates;

	@Test
	void aggregatesReadTheMigratedTable() {
		assertThat(this.aggregates.findAll(UserRow.class)).extracting(UserRow::name, UserRow::email)
			.containsExactly(tuple("ada", null));
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("3");
	}

}
