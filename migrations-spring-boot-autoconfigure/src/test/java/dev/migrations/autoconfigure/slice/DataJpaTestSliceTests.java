package dev.migrations.autoconfigure.slice;

import dev.migrations.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} on PostgreSQL sees the migrated schema, which Hibernate
 * validates: the slice runs the migrations before the EntityManagerFactory starts.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = Replace.NONE)
class DataJpaTestSliceTests {

	private static TestDatabase database;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database = SliceDatabase.register(registry);
	}

	@Autowired
	private EntityManager entityManager;

	@Test
	void entitiesReadTheRowsTheMigrationsWrote() {
		UserEntity ada = this.entityManager.createQuery("select u from UserEntity u", UserEntity.class)
			.getSingleResult();
		assertThat(ada.getName()).isEqualTo("ada");
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("3");
	}

}
