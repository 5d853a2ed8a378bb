package dev.migrations.autoconfigure.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-shot command in a real process: the application prints the table, starts no web
 * server although Spring MVC and Tomcat are on the class path, and the JVM exits with the
 * command's code.
 */
class CommandProcessTests {

	@Test
	void aSuccessfulCommandExitsWithZero() throws Exception {
		TestDatabase database = PostgresServer.get().createDatabase();
		Result result = run(database, "--migrations.command=migrate");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("migrate: applied 3 migration(s)", "Current version: 3")
			.doesNotContain("Tomcat started");
		assertThat(database.tableExists("users")).isTrue();
	}

	@Test
	void aFailedCommandExitsWithOne() throws Exception {
		TestDatabase database = PostgresServer.get().createDatabase();
		Result result = run(database, "--migrations.command=validate");
		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("validate failed:", "PENDING");
	}

	private static Result run(TestDatabase database, String command) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>();
		arguments.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		arguments
			.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
					CommandApplication.class.getName(), command, "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=" + database.server().user(),
					"--spring.datasource.password=" + database.server().password()));
		Path log = Files.createTempFile("migrations-command", ".log");
		Process process = new ProcessBuilder(arguments).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean ended = process.waitFor(60, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		assertThat(ended).as("the command ends by itself: " + output).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exitCode, String output) {
	}

}
