package dev.migrations.autoconfigure.slice;

import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @JdbcTest} on PostgreSQL sees the migrated schema.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class JdbcTestSliceTests {

	private static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = SliceDatabase.register(registry);
	}

	@Autowired
	private JdbcClient jdbc;

	@Test
	void queriesReadTheMigratedTable() {
		assertThat(this.jdbc.sql("SELECT name FROM users").query(String.class).list()).containsExactly("ada");
		assertThat(database.columns("users")).containsExactly("id", "name", "email");
	}

}
