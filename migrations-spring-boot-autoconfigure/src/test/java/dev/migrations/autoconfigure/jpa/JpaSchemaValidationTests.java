package dev.migrations.autoconfigure.jpa;

import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate validates the schema ({@code ddl-auto=validate}) only after the migrations
 * created it: the EntityManagerFactory waits for the initializer without any user code.
 */
@SpringBootTest(classes = JpaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.jpa.hibernate.ddl-auto=validate")
class JpaSchemaValidationTests {

	private static final TestDatabase database = PostgresServer.get().createDatabase();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.dataSourceProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Autowired
	private EntityManager entityManager;

	@Test
	void entitiesReadTheMigratedTable() {
		User ada = this.entityManager.createQuery("select u from User u", User.class).getSingleResult();
		assertThat(ada.getName()).isEqualTo("ada");
		assertThat(ada.getEmail()).isNull();
	}

}
