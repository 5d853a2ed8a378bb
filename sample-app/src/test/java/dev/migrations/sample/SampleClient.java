package dev.migrations.sample;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.migrations.sample.SampleApplicationTests.MigrationView;
import dev.migrations.sample.orders.Order;
import dev.migrations.sample.users.User;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls a running sample application over HTTP, as a user of its REST endpoints and of
 * the actuator would.
 */
final class SampleClient {

	private final RestClient rest;

	SampleClient(int port) {
		this.rest = RestClient.create("http://localhost:" + port);
	}

	User createUser(String fullName, String email, String phone) {
		Map<String, Object> body = new HashMap<>(Map.of("fullName", fullName, "email", email));
		body.put("phone", phone);
		ResponseEntity<User> response = this.rest.post().uri("/users").body(body).retrieve().toEntity(User.class);
		assertThat(response.getHeaders().getLocation()).hasPath("/users/" + response.getBody().id());
		return response.getBody();
	}

	Order createOrder(long customerId, long totalCents, String trackingNumber) {
		Map<String, Object> body = new HashMap<>(Map.of("customerId", customerId, "totalCents", totalCents));
		body.put("trackingNumber", trackingNumber);
		return this.rest.post().uri("/orders").body(body).retrieve().body(Order.class);
	}

	/**
	 * Posts without failing on an error status.
	 */
	ResponseEntity<String> post(String path, Map<String, Object> body) {
		return this.rest.post().uri(path).body(body).retrieve().onStatus((status) -> true, (request, response) -> {
		}).toEntity(String.class);
	}

	List<User> users() {
		return this.rest.get().uri("/users").retrieve().body(new ParameterizedTypeReference<>() {
		});
	}

	List<Order> ordersOf(long customerId) {
		return this.rest.get()
			.uri("/orders?customerId={id}", customerId)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	JsonNode get(String path) {
		return this.rest.get().uri(path).retrieve().body(JsonNode.class);
	}

	/**
	 * {@code GET /actuator/migrations}: the only migrator's migrations by version, in the
	 * order the endpoint lists them.
	 */
	Map<String, MigrationView> migrations() {
		MigrationsBody body = this.rest.get().uri("/actuator/migrations").retrieve().body(MigrationsBody.class);
		assertThat(body.contexts()).hasSize(1);
		ContextBody context = body.contexts().values().iterator().next();
		assertThat(context.migrators()).hasSize(1);
		Map<String, MigrationView> migrations = new LinkedHashMap<>();
		context.migrators().values().iterator().next().migrations().forEach((m) -> migrations.put(m.version(), m));
		return migrations;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MigrationsBody(Map<String, ContextBody> contexts) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ContextBody(Map<String, MigratorBody> migrators) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MigratorBody(String currentVersion, List<MigrationView> migrations) {
	}

}
