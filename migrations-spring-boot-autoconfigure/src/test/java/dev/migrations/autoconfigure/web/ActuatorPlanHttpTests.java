package dev.migrations.autoconfigure.web;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.migrations.Migrator;
import dev.migrations.Version;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan of a pending migration over HTTP: a database migrated to version 1 by hand, an
 * application that leaves it there ({@code migrations.mode=none}).
 */
@SpringBootTest(classes = ActuatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=migrations", "migrations.mode=none" })
class ActuatorPlanHttpTests {

	private static final TestDatabase database = migratedToOne();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.dataSourceProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	private int port;

	@Test
	void aPendingMigrationComesWithItsPlan() throws Exception {
		HttpResponse<String> response = new Http(this.port).get("/actuator/migrations/3");
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat((String) JsonPath.read(body, "$.contexts.application.migrators.migrator.state"))
			.isEqualTo("PENDING");
		assertThat((Integer) JsonPath.read(body, "$.contexts.application.migrators.migrator.plan.statements[0].line"))
			.isEqualTo(2);
		assertThat(
				(String) JsonPath.read(body, "$.contexts.application.migrators.migrator.plan.statements[0].lockLevel"))
			.isEqualTo("SHARE UPDATE EXCLUSIVE");
		assertThat((List<String>) JsonPath.read(body,
				"$.contexts.application.migrators.migrator.plan.statements[0].tables"))
			.containsExactly("public.users");
		assertThat((Boolean) JsonPath.read(body, "$.contexts.application.migrators.migrator.plan.statements[0].scans"))
			.isTrue();
		assertThat((String) JsonPath.read(body, "$.contexts.application.migrators.migrator.plan.findings[0].ruleId"))
			.isEqualTo("prefer-robust");
		assertThat((String) JsonPath.read(body, "$.contexts.application.migrators.migrator.plan.findings[0].severity"))
			.isEqualTo("WARNING");
	}

	@Test
	void theListHasNoPlan() throws Exception {
		String body = new Http(this.port).get("/actuator/migrations").body();
		assertThat((List<Object>) JsonPath.read(body, "$.contexts.application.migrators.migrator.migrations[*].state"))
			.hasSize(3);
		assertThat((List<Object>) JsonPath.read(body, "$.contexts.application.migrators.migrator.migrations[*].plan"))
			.isEmpty();
	}

	private static TestDatabase migratedToOne() {
		TestDatabase database = PostgresServer.get().createDatabase();
		Migrator.builder(database.dataSource()).build().migrate(Version.parse("1")).orThrow();
		return database;
	}

}
