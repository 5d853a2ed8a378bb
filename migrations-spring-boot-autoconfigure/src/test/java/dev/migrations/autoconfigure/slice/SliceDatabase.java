package dev.migrations.autoconfigure.slice;

import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database for one slice test class, given to the slice as
 * {@code spring.datasource.*}: with {@code @AutoConfigureTestDatabase(replace = NONE)}
 * the slice keeps it instead of an embedded in-memory database.
 */
final class SliceDatabase {

	private SliceDatabase() {
	}

	static TestDatabase register(DynamicPropertyRegistry registry) {
		TestDatabase database = PostgresServer.get().createDatabase();
		database.dataSourceProperties().forEach((name, value) -> registry.add(name, () -> value));
		return database;
	}

}
