package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the one PostgreSQL every benchmark runs against (zonky's embedded binaries, so a
 * fresh machine needs nothing installed), writes its port to a file and runs until it is
 * stopped (SIGTERM), when it shuts the server down. The server keeps PostgreSQL's durable
 * defaults ({@code fsync}, {@code synchronous_commit}): each tool pays for its commits as
 * in production.
 */
public final class PostgresLauncher {

	private PostgresLauncher() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: <port-file>");
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("max_locks_per_transaction", "256")
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				System.err.println("Could not stop PostgreSQL: " + ex);
			}
		}));
		Path portFile = Path.of(args[0]);
		Path written = Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"),
				String.valueOf(postgres.getPort()));
		Files.move(written, portFile);
		Thread.currentThread().join();
	}

}
