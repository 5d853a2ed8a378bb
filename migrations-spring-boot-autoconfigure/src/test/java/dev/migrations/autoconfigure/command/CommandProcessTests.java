package dev.migrations.autoconfigure.command;

import java.io.IOException;

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
		CommandProcess.Result result = run(database, "--migrations.command=migrate");
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("migrate: applied 3 migration(s)", "Current version: 3")
			.doesNotContain("Tomcat started");
		assertThat(database.tableExists("users")).isTrue();
	}

	@Test
	void aFailedCommandExitsWithOne() throws Exception {
		TestDatabase database = PostgresServer.get().createDatabase();
		CommandProcess.Result result = run(database, "--migrations.command=validate");
		assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("validate failed:", "PENDING");
	}

	private static CommandProcess.Result run(TestDatabase database, String command)
			throws IOException, InterruptedException {
		return CommandProcess.run(CommandApplication.class, database, command);
	}

}
