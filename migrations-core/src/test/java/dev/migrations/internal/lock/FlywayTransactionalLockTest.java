package dev.migrations.internal.lock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a transactional lock can hang {@code CREATE INDEX CONCURRENTLY}, shown with Flyway
 * (whose PostgreSQL lock is transactional by default): the lock's transaction stays open
 * on its connection while the build runs on another, and its last statement was a SELECT
 * run by pgjdbc's extended protocol, whose portal stays open with its snapshot until the
 * next statement. The build waits for every transaction holding a snapshot older than its
 * own, and so for the lock's, which waits for the build: nothing ends either.
 * {@link HeldLock} ends every read it makes at once, and so holds none.
 */
@ExtendWith(PostgresExtension.class)
class FlywayTransactionalLockTest {

	@TempDir
	Path folder;

	@Test
	void aConcurrentBuildWaitsForFlywaysLockTransactionWhichWaitsForIt(TestDatabase database) throws Exception {
		Files.writeString(this.folder.resolve("V1__orders.sql"),
				"CREATE TABLE orders (id bigint, customer_id bigint);\n");
		Files.writeString(this.folder.resolve("V2__index.sql"),
				"CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\n");
		Flyway flyway = Flyway.configure()
			.dataSource(database.dataSource())
			.locations("filesystem:" + this.folder)
			.load();
		CompletableFuture<Void> migrate = CompletableFuture.runAsync(flyway::migrate);
		try {
			List<String> waits = awaitBuildWaiting(database);

			assertThat(waits).singleElement()
				.asString()
				.startsWith("Lock:virtualxid, blocked by an idle in transaction session holding xmin ");
			assertThat(migrate).isNotDone();
		}
		finally {
			database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
					+ "WHERE datname = current_database() AND pid <> pg_backend_pid()");
			migrate.handle((done, failure) -> null).get(30, TimeUnit.SECONDS);
		}
	}

	private static List<String> awaitBuildWaiting(TestDatabase database) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			List<String> waits = database.column("SELECT b.wait_event_type || ':' || b.wait_event || ', blocked by an "
					+ "' || h.state || ' session holding xmin ' || h.backend_xmin FROM pg_stat_activity b "
					+ "JOIN pg_stat_activity h ON h.pid = ANY (pg_blocking_pids(b.pid)) "
					+ "WHERE b.datname = current_database() AND b.query LIKE 'CREATE INDEX CONCURRENTLY%'");
			if (!waits.isEmpty()) {
				return waits;
			}
			Thread.sleep(50);
		}
		return List.of();
	}

}
