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
 * A migrator whose lock connection is ended while its work connection lives on (a pooler
 * or an administrator ended it) records nothing more: its history writes are fenced on
 * the lock, so the batch under way is rolled back with its record, and the next migrator
 * resumes where it stopped, every row changed exactly once.
 */
@ExtendWith(PostgresExtension.class)
class LockLossTest {

	@TempDir
	Path folder;

	@Test
	void aMigratorThatLostItsLockStopsBeforeRecordingAnotherBatch(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE items (id bigint PRIMARY KEY, touched int NOT NULL DEFAULT 0)",
				"INSERT INTO items (id) SELECT g FROM generate_series(1, 20000) g");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_touch_items.sql", """
				-- migrate:batch table=items key=id size=500 pause=100ms
				UPDATE items SET touched = touched + 1 WHERE id BETWEEN :batch_start AND :batch_end;""", "SELECT 1;");
		CompletableFuture<MigrateResult> first = CompletableFuture
			.supplyAsync(() -> migrator(database, scripts).migrate());
		database.awaitBatchPosition(2000);

		database.execute("SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
				+ "WHERE l.locktype = 'advisory' AND d.datname = current_database()");

		MigrateResult result = first.get(1, TimeUnit.MINUTES);
		assertThat(result).isInstanceOf(MigrateResult.Failed.class);
		assertThat(((MigrateResult.Failed) result).error()).isInstanceOf(LockException.class)
			.hasMessageContaining("Lost the migration lock");
		long stoppedAt = Long.parseLong(database.value("SELECT batch_position FROM schema_migrations"));
		assertThat(stoppedAt).isLessThan(20000);
		assertThat(database.value("SELECT count(*) FROM items WHERE touched = 1")).isEqualTo(String.valueOf(stoppedAt));
		assertThat(database.value("SELECT count(*) FROM items WHERE touched > 1")).isEqualTo("0");

		assertThat(migrator(database, scripts).migrate()).isInstanceOf(MigrateResult.Applied.class);
		assertThat(database.value("SELECT count(*) FROM items WHERE touched <> 1")).isEqualTo("0");
	}

}
