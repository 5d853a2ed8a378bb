package dev.migrations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener hears the lock, each migration and each failure; a listener that throws
 * never fails a migration; a migrate with nothing to do takes no lock to hear.
 */
@ExtendWith(PostgresExtension.class)
class ListenerTest {

	@TempDir
	Path folder;

	@Test
	void hearsTheLockEachMigrationAndTheFailure(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_t.sql", "CREATE TABLE t (id bigint);", "DROP TABLE t;")
			.migration("2_bad.sql", "SELECT 1 / 0;", "SELECT 1;");
		List<String> heard = new ArrayList<>();
		MigrationListener listener = new MigrationListener() {

			@Override
			public void lockAcquired(Duration waited) {
				heard.add("lock");
			}

			@Override
			public void beforeMigration(MigrationRun run) {
				heard.add("before " + run.version() + " " + run.direction());
			}

			@Override
			public void afterMigration(MigrationRun run) {
				heard.add("after " + run.version() + " transactional=" + run.transactional());
			}

			@Override
			public void migrationFailed(MigrationRun run, MigrationException error) {
				heard.add("failed " + run.version() + " " + ((StatementException) error).getSqlState());
			}

		};

		migrator(database, scripts).toBuilder().listener(listener).build().migrate();

		assertThat(heard).containsExactly("lock", "before 1 UP", "after 1 transactional=true", "before 2 UP",
				"failed 2 22012");
	}

	@Test
	void aMigrateWithNothingToDoTakesNoLockAndOneWithWorkDoes(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		List<String> heard = new ArrayList<>();
		MigrationListener listener = new MigrationListener() {

			@Override
			public void lockAcquired(Duration waited) {
				heard.add("lock");
			}

		};
		migrator(database, scripts).toBuilder().listener(listener).build().migrate().orThrow();
		assertThat(heard).containsExactly("lock");

		MigrateResult again = migrator(database, scripts).toBuilder().listener(listener).build().migrate();

		assertThat(again).isInstanceOf(MigrateResult.UpToDate.class);
		assertThat(heard).as("an up-to-date migrate takes no lock").containsExactly("lock");

		scripts.migration("2_u.sql", "CREATE TABLE u (id bigint);", "DROP TABLE u;");
		MigrateResult more = migrator(database, scripts).toBuilder().listener(listener).build().migrate();

		assertThat(more.applied()).extracting(MigrationRun::script).containsExactly("2_u.sql");
		assertThat(heard).containsExactly("lock", "lock");
	}

	@Test
	void aListenerThatThrowsNeverFailsAMigration(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		MigrationListener broken = new MigrationListener() {

			@Override
			public void afterMigration(MigrationRun run) {
				throw new IllegalStateException("metrics are down");
			}

		};

		MigrateResult result = migrator(database, scripts).toBuilder().listener(broken).build().migrate();

		assertThat(result).isInstanceOf(MigrateResult.Applied.class);
	}

}
