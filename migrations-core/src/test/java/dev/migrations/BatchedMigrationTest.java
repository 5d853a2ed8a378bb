package dev.migrations;

import java.nio.file.Path;
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
 * A batched statement commits batch by batch, records where it got in the same
 * transactions, and resumes at the next batch after a crash: every row changed exactly
 * once.
 */
@ExtendWith(PostgresExtension.class)
class BatchedMigrationTest {

	private static final int ROWS = 1_000_000;

	@TempDir
	Path folder;

	@Test
	void resumesAtTheNextBatchAfterACrashAndChangesEveryRowExactlyOnce(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE items (id bigint PRIMARY KEY, touched int NOT NULL DEFAULT 0)",
				"INSERT INTO items (id) SELECT g FROM generate_series(1, " + ROWS + ") g");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_touch_items.sql", """
				-- migrate:batch table=items key=id size=50000 pause=150ms
				UPDATE items SET touched = touched + 1 WHERE id BETWEEN :batch_start AND :batch_end;""", """
				-- migrate:batch table=items key=id size=250000 pause=0ms
				UPDATE items SET touched = touched - 1 WHERE id BETWEEN :batch_start AND :batch_end;""");
		CompletableFuture<MigrateResult> first = CompletableFuture
			.supplyAsync(() -> migrator(database, scripts).migrate());
		database.awaitBatchPosition(300_000);
		database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
				+ "AND pid <> pg_backend_pid() AND application_name = 'migrations-tests'");
		assertThat(first.get(1, TimeUnit.MINUTES)).isInstanceOf(MigrateResult.Failed.class);
		long stoppedAt = Long.parseLong(database.value("SELECT batch_position FROM schema_migrations"));
		assertThat(stoppedAt).isBetween(300_000L, (long) ROWS - 1);
		assertThat(database.value("SELECT count(*) FROM items WHERE touched = 1")).isEqualTo(String.valueOf(stoppedAt));
		assertThat(migrator(database, scripts).status().migrations()).singleElement().satisfies((migration) -> {
			assertThat(migration.state()).isEqualTo(MigrationState.PARTIAL);
			assertThat(migration.batchPosition()).isEqualTo(stoppedAt);
		});

		MigrateResult second = migrator(database, scripts).migrate();

		assertThat(second).isInstanceOf(MigrateResult.Applied.class);
		assertThat(database.value("SELECT count(*) FROM items WHERE touched <> 1")).isEqualTo("0");
		// each batch committed on its own: its rows carry its own transaction id
		assertThat(Integer.parseInt(database.value("SELECT count(DISTINCT xmin::text) FROM items"))).isEqualTo(20);
		assertThat(
				database.value("SELECT state || '/' || coalesce(batch_position::text, 'none') FROM schema_migrations"))
			.isEqualTo("applied/none");
	}

	@Test
	void theDownSectionIsBatchedTheSameWay(TestDatabase database) {
		database.execute("CREATE TABLE items (id bigint PRIMARY KEY, touched int NOT NULL DEFAULT 0)",
				"INSERT INTO items (id) SELECT g FROM generate_series(1, 1000) g");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_touch_items.sql", """
				-- migrate:batch table=items key=id size=100 pause=0ms
				UPDATE items SET touched = touched + 1 WHERE id BETWEEN :batch_start AND :batch_end;""", """
				-- migrate:batch table=items key=id size=300 pause=0ms
				UPDATE items SET touched = touched - 1 WHERE id BETWEEN :batch_start AND :batch_end;""");
		Migrator migrator = migrator(database, scripts);

		assertThat(migrator.migrate().applied()).singleElement()
			.satisfies((migration) -> assertThat(migration.transactional()).isFalse());
		assertThat(migrator.undo()).isInstanceOf(UndoResult.Undone.class);

		assertThat(database.value("SELECT count(*) FROM items WHERE touched <> 0")).isEqualTo("0");
		assertThat(Integer.parseInt(database.value("SELECT count(DISTINCT xmin::text) FROM items"))).isEqualTo(4);
	}

	@Test
	void refusesABatchDirectiveWithoutItsPlaceholders(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_unbounded.sql", """
				-- migrate:batch table=items key=id size=100
				UPDATE items SET touched = 1;""", "SELECT 1;");

		assertThat(migrator(database, scripts).migrate()).isInstanceOfSatisfying(MigrateResult.Failed.class,
				(failed) -> assertThat(failed.error()).isInstanceOf(ScriptException.class)
					.hasMessageStartingWith(
							"1_unbounded.sql:2:1: -- migrate:batch must stand right above an UPDATE or DELETE"));
	}

}
