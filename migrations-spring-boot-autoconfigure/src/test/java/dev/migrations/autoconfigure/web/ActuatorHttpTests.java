package dev.migrations.autoconfigure.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator over HTTP on a migrated PostgreSQL database, with the default (read-only)
 * endpoint.
 */
@SpringBootTest(classes = ActuatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=migrations,health,metrics",
				"management.endpoint.health.show-details=always" })
class ActuatorHttpTests {

	private static final TestDatabase database = PostgresServer.get().createDatabase();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.dataSourceProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	private int port;

	@Test
	void listsEveryMigration() throws Exception {
		HttpResponse<String> response = http().get("/actuator/migrations");
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat((String) JsonPath.read(body, "$.contexts.application.migrators.migrator.currentVersion"))
			.isEqualTo("3");
		assertThat((List<String>) JsonPath.read(body, "$.contexts.application.migrators.migrator.migrations[*].script"))
			.containsExactly("1_create_users.sql", "2_add_email_to_users.sql", "3_index_users_by_name.sql");
		Map<String, Object> first = JsonPath.read(body, "$.contexts.application.migrators.migrator.migrations[0]");
		assertThat(first).containsEntry("version", "1")
			.containsEntry("description", "create users")
			.containsEntry("state", "APPLIED")
			.containsEntry("appliedBy", database.server().user())
			.containsEntry("reversible", true)
			.containsEntry("transactional", true)
			.containsKeys("checksum", "appliedAt", "executionTimeMs")
			// null fields are left out: no origin (applied here), no plan (in the list)
			.doesNotContainKeys("origin", "plan");
		assertThat(first.get("upSql")).isNull();
		assertThat((List<Object>) JsonPath.read(body, "$.contexts.application.migrators.migrator.repeatables"))
			.isEmpty();
	}

	@Test
	void describesOneMigrationByVersion() throws Exception {
		HttpResponse<String> response = http().get("/actuator/migrations/3");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(response.body(), "$.contexts.application.migrators.migrator.script"))
			.isEqualTo("3_index_users_by_name.sql");
		assertThat((Boolean) JsonPath.read(response.body(), "$.contexts.application.migrators.migrator.transactional"))
			.isFalse();
	}

	@Test
	void anUnknownVersionIsNotFoundAndAMalformedOneABadRequest() throws Exception {
		assertThat(http().get("/actuator/migrations/99").statusCode()).isEqualTo(404);
		assertThat(http().get("/actuator/migrations/latest").statusCode()).isEqualTo(400);
	}

	@Test
	void writeOperationsAreAbsentByDefault() throws Exception {
		HttpResponse<String> response = http().post("/actuator/migrations", "{\"command\":\"undo\"}");
		assertThat(response.statusCode()).isIn(404, 405);
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("3");
	}

	@Test
	void healthIsUpWithTheCurrentVersion() throws Exception {
		HttpResponse<String> response = http().get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(response.body(), "$.components.migrations.status")).isEqualTo("UP");
		assertThat((String) JsonPath.read(response.body(), "$.components.migrations.details.currentVersion"))
			.isEqualTo("3");
		assertThat((Integer) JsonPath.read(response.body(), "$.components.migrations.details.applied")).isEqualTo(3);
	}

	@Test
	void metricsCountPendingAndAppliedMigrations() throws Exception {
		HttpResponse<String> pending = http().get("/actuator/metrics/migrations.pending");
		assertThat(pending.statusCode()).isEqualTo(200);
		assertThat((Double) JsonPath.read(pending.body(), "$.measurements[0].value")).isZero();
		HttpResponse<String> applied = http().get("/actuator/metrics/migrations.applied");
		assertThat((Double) JsonPath.read(applied.body(), "$.measurements[0].value")).isEqualTo(3.0);
		HttpResponse<String> execution = http().get("/actuator/metrics/migrations.execution");
		assertThat((List<String>) JsonPath.read(execution.body(), "$.availableTags[*].tag")).contains("outcome",
				"transactional", "direction");
	}

	private Http http() {
		return new Http(this.port);
	}

}
