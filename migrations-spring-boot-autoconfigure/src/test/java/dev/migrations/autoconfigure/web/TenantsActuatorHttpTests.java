package dev.migrations.autoconfigure.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A web application with three tenant schemas: the endpoint lists them, answers for one,
 * health has a component for the application's migrator and one for the tenants, and the
 * metrics are tagged by tenant. The JSON answers are also written under
 * {@code target/tenants-actuator/} for the README.
 */
@SpringBootTest(classes = ActuatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=migrations,health,metrics",
				"management.endpoint.health.show-details=always", "migrations.tenants.schemas=acme,globex,initech" })
class TenantsActuatorHttpTests {

	private static final TestDatabase database = PostgresServer.get().createDatabase();

	private static final Path OUTPUT = Path.of("target", "tenants-actuator");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.dataSourceProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	private int port;

	@Test
	void theEndpointListsTheTenantsAndAnswersForOne() throws Exception {
		String all = get("/actuator/migrations", "migrations.json");
		assertThat((String) JsonPath.read(all, "$.contexts.application.migrators.migrator.currentVersion"))
			.isEqualTo("3");
		Map<String, Object> tenants = JsonPath.read(all, "$.tenants");
		assertThat(tenants).containsOnlyKeys("acme", "globex", "initech");
		assertThat((String) JsonPath.read(all, "$.tenants.globex.outcome")).isEqualTo("APPLIED");
		String one = get("/actuator/migrations/tenants/globex", "tenant-globex.json");
		assertThat((String) JsonPath.read(one, "$.migrations.currentVersion")).isEqualTo("2");
		assertThat((String) JsonPath.read(one, "$.migrations.migrations[1].script")).isEqualTo("2_add_owner.sql");
		assertThat(new Http(this.port).get("/actuator/migrations/tenants/bad-name").statusCode()).isEqualTo(400);
	}

	@Test
	void healthHasAComponentForTheMigratorAndOneForTheTenants() throws Exception {
		String health = get("/actuator/health", "health.json");
		assertThat((String) JsonPath.read(health, "$.components.migrations.components.migrator.status"))
			.isEqualTo("UP");
		assertThat((String) JsonPath.read(health, "$.components.migrations.components.tenants.status")).isEqualTo("UP");
		assertThat((Integer) JsonPath.read(health, "$.components.migrations.components.tenants.details.tenants"))
			.isEqualTo(3);
	}

	@Test
	void theMetricsAreTaggedByTenant() throws Exception {
		String execution = get("/actuator/metrics/migrations.execution?tag=tenant:acme", "metrics-acme.json");
		assertThat((List<Double>) JsonPath.read(execution, "$.measurements[?(@.statistic == 'COUNT')].value"))
			.containsExactly(2.0);
	}

	private String get(String path, String file) throws IOException, InterruptedException {
		HttpResponse<String> response = new Http(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		Files.createDirectories(OUTPUT);
		Files.writeString(OUTPUT.resolve(file), response.body());
		return response.body();
	}

}
