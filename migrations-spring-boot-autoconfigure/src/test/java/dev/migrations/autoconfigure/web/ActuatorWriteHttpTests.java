package dev.migrations.autoconfigure.web;

import java.net.http.HttpResponse;

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
 * The endpoint's write operations over HTTP, switched on with
 * {@code migrations.endpoint.write-enabled} and allowed to role {@code MIGRATIONS_ADMIN}
 * only, as Spring Security authenticates the caller; and the SQL shown with
 * {@code show-sql=always}.
 */
@SpringBootTest(classes = ActuatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=migrations", "migrations.endpoint.write-enabled=true",
				"migrations.endpoint.roles=MIGRATIONS_ADMIN", "migrations.endpoint.show-sql=always" })
class ActuatorWriteHttpTests {

	private static final TestDatabase database = PostgresServer.get().createDatabase();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.dataSourceProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@LocalServerPort
	private int port;

	@Test
	void undoesToATargetThenMigratesBack() throws Exception {
		Http http = new Http(this.port);
		HttpResponse<String> undo = http.post("/actuator/migrations", "{\"command\":\"undo\",\"target\":\"1\"}",
				ActuatorApplication.ADMIN, ActuatorApplication.PASSWORD);
		assertThat(undo.statusCode()).as(undo.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(undo.body(), "$.migrators.migrator.currentVersion")).isEqualTo("1");
		assertThat(database.columns("users")).containsExactly("id", "name");
		HttpResponse<String> migrate = http.post("/actuator/migrations", "{\"command\":\"migrate\"}",
				ActuatorApplication.ADMIN, ActuatorApplication.PASSWORD);
		assertThat(migrate.statusCode()).as(migrate.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(migrate.body(), "$.migrators.migrator.currentVersion")).isEqualTo("3");
		assertThat(database.columns("users")).containsExactly("id", "name", "email");
	}

	@Test
	void anUnknownCommandIsABadRequest() throws Exception {
		assertThat(new Http(this.port)
			.post("/actuator/migrations", "{\"command\":\"drop\"}", ActuatorApplication.ADMIN,
					ActuatorApplication.PASSWORD)
			.statusCode()).isEqualTo(400);
	}

	@Test
	void anUndoWithoutCredentialsIsUnauthorizedAndUndoesNothing() throws Exception {
		HttpResponse<String> undo = new Http(this.port).post("/actuator/migrations",
				"{\"command\":\"undo\",\"target\":\"1\"}");
		assertThat(undo.statusCode()).isEqualTo(401);
		assertThat(database.columns("users")).containsExactly("id", "name", "email");
	}

	@Test
	void anUndoByAUserWithoutTheRoleIsForbiddenAndUndoesNothing() throws Exception {
		HttpResponse<String> undo = new Http(this.port).post("/actuator/migrations",
				"{\"command\":\"undo\",\"target\":\"1\"}", ActuatorApplication.VIEWER, ActuatorApplication.PASSWORD);
		assertThat(undo.statusCode()).isEqualTo(403);
		assertThat(database.columns("users")).containsExactly("id", "name", "email");
	}

	@Test
	void showsTheSql() throws Exception {
		HttpResponse<String> response = new Http(this.port).get("/actuator/migrations/1");
		assertThat((String) JsonPath.read(response.body(), "$.contexts.application.migrators.migrator.upSql"))
			.contains("CREATE TABLE users");
	}

}
