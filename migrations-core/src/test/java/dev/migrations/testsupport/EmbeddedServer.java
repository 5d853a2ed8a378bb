package dev.migrations.testsupport;

import java.io.IOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts zonky's embedded PostgreSQL; it stays up until the JVM exits. At exit the
 * databases still being dropped are dropped first (briefly), then the server stops and
 * its data directory is deleted: one shutdown hook, ours, so the order is known.
 */
final class EmbeddedServer {

	private EmbeddedServer() {
	}

	static PostgresServer start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_locks_per_transaction", "256")
				.setRegisterShutdownHook(false)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				PostgresServer.finishDrops(Duration.ofSeconds(10));
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the data directory is temporary
				}
			}));
			return PostgresServer.of("localhost", postgres.getPort(), "postgres", "postgres");
		}
		catch (IOException ex) {
			String hint = String.valueOf(ex.getMessage()).contains("cannot be run as root")
					? " (initdb refused to run as root because user namespaces are forbidden here: run the build as a non-root user)"
					: "";
			throw new IllegalStateException("Could not start the embedded PostgreSQL" + hint, ex);
		}
	}

}
