package dev.migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CREATE INDEX CONCURRENTLY} never leaves a broken index behind, even written with
 * {@code IF NOT EXISTS}.
 */
@ExtendWith(PostgresExtension.class)
class ConcurrentIndexTest {

	private static final String VALIDITY = "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('idx_orders_customer_id')";

	@TempDir
	Path folder;

	@Test
	void anInterruptedBuildIsDroppedAndBuiltAgainOnTheNextRun(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint)",
				"INSERT INTO orders SELECT g, g % 500 FROM generate_series(1, 20000) g");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_index.sql",
				"CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_id ON orders (customer_id);",
				"DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer_id;");
		CompletableFuture<MigrateResult> first;
		try (Connection oldSnapshot = database.dataSource().getConnection()) {
			// a transaction with an older snapshot makes the build wait after it has
			// created the INVALID index
			oldSnapshot.setAutoCommit(false);
			try (Statement statement = oldSnapshot.createStatement()) {
				statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
				statement.executeQuery("SELECT count(*) FROM pg_class").close();
			}
			first = CompletableFuture.supplyAsync(() -> migrator(database, scripts).migrate());
			awaitWaitingBuild(database);
			database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
					+ "WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' AND pid <> pg_backend_pid()");
			oldSnapshot.rollback();
		}
		assertThat(first.get(1, TimeUnit.MINUTES)).isInstanceOf(MigrateResult.Failed.class);
		assertThat(database.value(VALIDITY)).isEqualTo("f");
		assertThat(migrator(database, scripts).status().migrations().get(0).state()).isEqualTo(MigrationState.PARTIAL);

		MigrateResult second = migrator(database, scripts).migrate();

		assertThat(second).isInstanceOf(MigrateResult.Applied.class);
		assertThat(database.value(VALIDITY)).isEqualTo("t");
	}

	@Test
	void aFailedUniqueBuildLeavesNoInvalidIndex(TestDatabase database) {
		database.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text)",
				"INSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com')");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_unique_email.sql",
				"CREATE UNIQUE INDEX CONCURRENTLY idx_users_email ON users (email);",
				"DROP INDEX CONCURRENTLY IF EXISTS idx_users_email;");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(((MigrateResult.Failed) result).error()).hasMessageContaining("(SQLState 23505)");
		assertThat(database.column("SELECT 1 FROM pg_class WHERE relname = 'idx_users_email'")).isEmpty();
	}

	private static void awaitWaitingBuild(TestDatabase database) throws InterruptedException {
		for (int i = 0; i < 400; i++) {
			if (!database.column(VALIDITY).isEmpty() && !database
				.column("SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' "
						+ "AND wait_event_type = 'Lock'")
				.isEmpty()) {
				return;
			}
			Thread.sleep(25);
		}
		throw new AssertionError("The index build never started waiting");
	}

}
