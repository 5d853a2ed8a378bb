package dev.migrations.sample.users;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} of the sample, as a Boot user writes one: on the sample's own
 * embedded PostgreSQL (a fresh data directory, any free port), the slice applies the
 * migrations before Hibernate validates the entities, and the repository reads the
 * migrated {@code users} table.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
class UserEntitiesDataJpaTests {

	@DynamicPropertySource
	static void freshEmbeddedPostgres(DynamicPropertyRegistry registry) throws Exception {
		Path dataDirectory = Files.createTempDirectory(Path.of("target"), "data-jpa-test-postgres");
		registry.add("sample.embedded-postgres.data-directory", dataDirectory::toString);
		registry.add("sample.embedded-postgres.port", () -> "0");
	}

	@Autowired
	private UserEntities users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void seesTheSchemaTheMigrationsBuilt() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM schema_migrations").query(Long.class).single()).isEqualTo(13);
		assertThat(this.jdbc
			.sql("SELECT column_name FROM information_schema.columns "
					+ "WHERE table_name = 'users' ORDER BY ordinal_position")
			.query(String.class)
			.list()).containsExactly("id", "email", "created_at", "phone", "full_name");
		this.jdbc.sql("INSERT INTO users (full_name, email) VALUES ('Ada Lovelace', 'ada@example.com')").update();
		assertThat(this.users.findByEmail("ada@example.com")).get()
			.extracting(UserEntity::getFullName)
			.isEqualTo("Ada Lovelace");
	}

}
