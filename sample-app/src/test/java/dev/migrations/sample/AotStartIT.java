package dev.migrations.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged sample, built with Spring AOT processing, started as
 * {@code java -Dspring.aot.enabled=true -jar}: the generated bean registrations are used,
 * the migrations are applied and {@code /actuator/migrations} answers; then a one-shot
 * {@code status} command of the same jar, also on the AOT path, prints the table and
 * exits with 0. Run by failsafe after the jar is packaged.
 */
class AotStartIT {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	@Test
	void theAotProcessedJarMigratesAndAnswersThenRunsACommand() throws Exception {
		Path dataDirectory = Files.createTempDirectory(Path.of("target"), "aot-postgres");
		Path log = Files.createTempFile(Path.of("target"), "aot-app", ".log");
		Process app = start(log, dataDirectory, "--server.port=0");
		try {
			int port = awaitPort(app, log);
			String output = Files.readString(log, StandardCharsets.UTF_8);
			assertThat(output).contains("Starting AOT-processed SampleApplication");
			String body = get(port, "/actuator/migrations");
			assertThat(JsonPath.<List<String>>read(body, "$.contexts.*.migrators.migrator.migrations[*].state"))
				.hasSize(13)
				.containsOnly("APPLIED");
		}
		finally {
			app.destroy();
			assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the application stops").isTrue();
		}
		Path commandLog = Files.createTempFile(Path.of("target"), "aot-command", ".log");
		Process command = start(commandLog, dataDirectory, "--migrations.command=status");
		assertThat(command.waitFor(120, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
		String output = Files.readString(commandLog, StandardCharsets.UTF_8);
		assertThat(command.exitValue()).as(output).isZero();
		assertThat(output).contains("Starting AOT-processed SampleApplication",
				"Current version: 20260513_01 (13 applied)");
	}

	private static Process start(Path log, Path dataDirectory, String argument) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dspring.aot.enabled=true",
						"-jar", System.getProperty("sample.jar"), argument, "--sample.embedded-postgres.port=0",
						"--sample.embedded-postgres.data-directory=" + dataDirectory));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static int awaitPort(Process app, Path log) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			Matcher port = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
			if (port.find()) {
				return Integer.parseInt(port.group(1));
			}
			assertThat(app.isAlive()).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();
			Thread.sleep(200);
		}
		throw new AssertionError("no port within 120 s: " + Files.readString(log, StandardCharsets.UTF_8));
	}

	private static String get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

}
