package dev.migrations.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.migrations.sample.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample end to end, as a newcomer meets it: the application starts on its own
 * embedded PostgreSQL (a fresh data directory under {@code target/} for each run),
 * applies every migration of {@code db/migrations}, serves its REST endpoints and the
 * actuator over HTTP; a one-shot {@code undo} command, run in a JVM of its own as in a
 * Kubernetes Job, takes back the latest migration while the application keeps working;
 * restarts on the same data apply that one migration again and then nothing.
 * <p>
 * One test per behaviour, in the order a newcomer meets them, sharing three starts of the
 * application (starting it costs seconds): the first start serves the tests up to the
 * undo, the second and the third a test each.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleApplicationTests {

	private static final String LATEST = "20260513_01";

	private static Path dataDirectory;

	private static List<String> versions;

	private static ConfigurableApplicationContext firstStart;

	private static SampleClient client;

	private static Map<String, Instant> firstApplied;

	private static Map<String, Instant> secondApplied;

	@BeforeAll
	static void freshDataDirectory() throws IOException {
		Path runs = Path.of("target", "e2e-postgres");
		deleteRecursively(runs);
		dataDirectory = Files.createDirectories(runs.resolve("run-" + System.currentTimeMillis()));
		versions = migrationFileVersions();
	}

	@AfterAll
	static void stopTheFirstStart() {
		if (firstStart != null) {
			firstStart.close();
		}
	}

	@Test
	@Order(1)
	void startsOnItsOwnEmbeddedPostgres(CapturedOutput output) {
		firstStart = start();
		client = new SampleClient(port(firstStart));
		assertThat(output).containsOnlyOnce("Database: embedded PostgreSQL at jdbc:postgresql://localhost:");
	}

	@Test
	@Order(2)
	void appliesEveryMigrationOfItsFolderAtStartUp() {
		assertThat(versions).hasSize(13).last().isEqualTo(LATEST);
		firstApplied = assertEveryMigrationApplied(firstClient(), versions);
	}

	@Test
	@Order(3)
	void theActuatorReportsNothingPending() {
		assertActuatorReportsNothingPending(firstClient());
	}

	@Test
	@Order(4)
	void servesItsRestEndpointsOnTheMigratedSchema() {
		assertRestEndpointsWork(firstClient());
	}

	@Test
	@Order(5)
	void aOneShotUndoTakesBackTheLatestMigrationWhileTheApplicationKeepsWorking() throws Exception {
		assertUndoingTheLatestMigrationLeavesTheApplicationWorking(firstStart, firstClient());
		firstStart.close();
		firstStart = null;
	}

	@Test
	@Order(6)
	void aRestartAppliesOnlyTheUndoneMigration() {
		assertThat(firstApplied).as("the first start applied every migration").isNotNull();
		try (ConfigurableApplicationContext app = start()) {
			SampleClient client = new SampleClient(port(app));
			secondApplied = assertEveryMigrationApplied(client, versions);
			assertThat(secondApplied).as("only the undone migration was applied again")
				.containsAllEntriesOf(withoutLatest(firstApplied));
			assertThat(secondApplied.get(LATEST)).isAfter(firstApplied.get(LATEST));
			assertThat(client.users()).extracting(User::fullName).containsExactly("Ada Lovelace", "Grace Hopper");
		}
	}

	@Test
	@Order(7)
	void aStartWithNothingPendingAppliesNothing(CapturedOutput output) {
		assertThat(secondApplied).as("the restart applied the undone migration").isNotNull();
		try (ConfigurableApplicationContext app = start()) {
			SampleClient client = new SampleClient(port(app));
			assertThat(assertEveryMigrationApplied(client, versions)).as("nothing applied again")
				.isEqualTo(secondApplied);
			assertThat(client.users()).extracting(User::email).containsExactly("ada@example.com", "grace@example.com");
		}
		assertThat(output).contains("Schema up to date at version " + LATEST);
	}

	private static SampleClient firstClient() {
		assertThat(client).as("the first start is running").isNotNull();
		return client;
	}

	private static void assertActuatorReportsNothingPending(SampleClient client) {
		JsonNode migrationsHealth = client.get("/actuator/health").path("components").path("migrations");
		assertThat(migrationsHealth.path("status").asString()).isEqualTo("UP");
		assertThat(migrationsHealth.path("details").path("currentVersion").asString()).isEqualTo(LATEST);
		JsonNode pending = client.get("/actuator/metrics/migrations.pending");
		assertThat(pending.path("measurements").get(0).path("value").asDouble()).isZero();
	}

	private static void assertRestEndpointsWork(SampleClient client) {
		User ada = client.createUser("Ada Lovelace", "ada@example.com", "+44 20 7946 0000");
		assertThat(ada.fullName()).isEqualTo("Ada Lovelace");
		assertThat(ada.phone()).isEqualTo("+44 20 7946 0000");
		assertThat(client.post("/users", Map.of("fullName", "Ada", "email", "ada@example.com")).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(client.post("/users", Map.of("fullName", " ", "email", "x@example.com")).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		dev.migrations.sample.orders.Order first = client.createOrder(ada.id(), 4200, null);
		assertThat(first.trackingNumber()).isEqualTo("UNKNOWN");
		assertThat(first.status()).isEqualTo("new");
		dev.migrations.sample.orders.Order second = client.createOrder(ada.id(), 1999, "1Z999AA10123456784");
		assertThat(client.post("/orders", Map.of("customerId", 999_999, "totalCents", 1)).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(client.ordersOf(ada.id())).containsExactly(first, second);
		assertThat(client.users()).containsExactly(ada);
	}

	/**
	 * Runs the one-shot undo against the running application's database, as an operator
	 * would: the contract migration goes, 'name' comes back, and the application, which
	 * writes both columns while 'name' exists, keeps working.
	 */
	private static void assertUndoingTheLatestMigrationLeavesTheApplicationWorking(ConfigurableApplicationContext app,
			SampleClient client) throws Exception {
		CommandResult undo = runCommand("undo", app.getEnvironment().getProperty("spring.datasource.url"));
		assertThat(undo.exitCode()).as(undo.output()).isZero();
		assertThat(undo.output()).contains("Database: the server configured by spring.datasource.url",
				"undo: undone 1 migration(s): " + LATEST + "_drop_name_from_users.sql",
				"Current version: 20260512_01 (12 applied, 1 pending)");
		assertThat(client.migrations().get(LATEST).state()).isEqualTo("PENDING");
		User grace = client.createUser("Grace Hopper", "grace@example.com", null);
		assertThat(nameColumnOf(app, grace.id())).isEqualTo("Grace Hopper");
	}

	private static Map<String, Instant> assertEveryMigrationApplied(SampleClient client, List<String> versions) {
		Map<String, MigrationView> migrations = client.migrations();
		assertThat(migrations.keySet()).containsExactlyElementsOf(versions);
		assertThat(migrations.values()).allSatisfy((migration) -> {
			assertThat(migration.state()).as(migration.version()).isEqualTo("APPLIED");
			assertThat(migration.appliedAt()).as(migration.version()).isNotNull();
		});
		Map<String, Instant> appliedAt = new LinkedHashMap<>();
		migrations.forEach((version, migration) -> appliedAt.put(version, migration.appliedAt()));
		return appliedAt;
	}

	private static Map<String, Instant> withoutLatest(Map<String, Instant> appliedAt) {
		Map<String, Instant> older = new LinkedHashMap<>(appliedAt);
		older.remove(LATEST);
		return older;
	}

	private static String nameColumnOf(ConfigurableApplicationContext app, long userId) {
		return app.getBean(JdbcClient.class)
			.sql("SELECT name FROM users WHERE id = ?")
			.param(userId)
			.query(String.class)
			.single();
	}

	private static ConfigurableApplicationContext start() {
		// command-line arguments: they win over application.yml
		return new SpringApplicationBuilder(SampleApplication.class).main(SampleApplication.class)
			.run("--server.port=0", "--sample.embedded-postgres.data-directory=" + dataDirectory,
					"--sample.embedded-postgres.port=0");
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static List<String> migrationFileVersions() throws IOException {
		List<String> versions = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/migrations/*.sql")) {
			versions.add(file.getFilename().substring(0, "20260513_01".length()));
		}
		versions.sort(Comparator.naturalOrder());
		return versions;
	}

	/**
	 * Runs a one-shot command as its own process, the way a Job or a terminal does: the
	 * command ends its JVM with its exit code.
	 */
	private static CommandResult runCommand(String command, String jdbcUrl) throws Exception {
		List<String> arguments = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", SampleApplication.class.getName(),
				"--migrations.command=" + command, "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
		Path log = Files.createTempFile(dataDirectory.getParent(), "command-", ".log");
		Process process = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean ended = process.waitFor(2, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly().waitFor();
		}
		String output = Files.readString(log);
		assertThat(ended).as("the command ends by itself: " + output).isTrue();
		return new CommandResult(process.exitValue(), output);
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	record CommandResult(int exitCode, String output) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record MigrationView(String version, String state, Instant appliedAt) {
	}

}
