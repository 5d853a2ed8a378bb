package com.example.consumer;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ConsumerApplicationTests {

	private static final EmbeddedPostgres postgres = start();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theStarterAppliedTheMigrationsAtStartUp() {
		assertThat(this.jdbc.sql("SELECT version FROM schema_migrations").query(String.class).list())
			.containsExactly("20260101_01");
		assertThat(this.jdbc.sql("SELECT text FROM greetings").query(String.class).single())
			.isEqualTo("hello from a migration");
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL", ex);
		}
	}

}
