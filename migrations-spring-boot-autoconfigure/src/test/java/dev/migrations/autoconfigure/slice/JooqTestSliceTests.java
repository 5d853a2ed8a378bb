package dev.migrations.autoconfigure.slice;

import dev.migrations.testsupport.TestDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jooq.test.autoconfigure.JooqTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @JooqTest} on PostgreSQL sees the migrated schema.
 */
@JooqTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class JooqTestSliceTests {

	private static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = SliceDatabase.register(registry);
	}

	@Autowired
	private DSLContext dsl;

	@Test
	void queriesReadTheMigratedTable() {
		assertThat(this.dsl.fetchValue("SELECT name FROM users", String.class)).isEqualTo("ada");
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("3");
	}

}
