package dev.migrations;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.migrations.lint.MigrationPlan;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java migrations run with the SQL files in version order, show in status and plan, are
 * undone by their down, and carry large backfills in batches that resume after a crash.
 */
@ExtendWith(PostgresExtension.class)
class JavaMigrationTest {

	private static final int ROWS = 200_000;

	@TempDir
	Path folder;

	private Migrator migrator(TestDatabase database, MigrationListener listener, JavaMigration... java) {
		return Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations("filesystem:" + this.folder).build())
			.listener(listener)
			.javaMigrations(List.of(java))
			.build();
	}

	private ScriptFolder notesAroundAJavaMigration() {
		return new ScriptFolder(this.folder)
			.migration("1_create_notes.sql", "CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);",
					"DROP TABLE notes;")
			.migration("3_add_author.sql", "ALTER TABLE notes ADD COLUMN author text;",
					"ALTER TABLE notes DROP COLUMN author;");
	}

	@Test
	void runsAJavaMigrationBetweenTwoSqlOnesInVersionOrder(TestDatabase database) {
		notesAroundAJavaMigration();
		Migrator migrator = migrator(database, MigrationListener.NONE, new WelcomeNote());

		MigrateResult result = migrator.migrate();

		assertThat(result.applied()).extracting(MigrationRun::script)
			.containsExactly("1_create_notes.sql", WelcomeNote.class.getName(), "3_add_author.sql");
		assertThat(database.value("SELECT body FROM notes")).isEqualTo("welcome");
		assertThat(database.value("SELECT script || ' | ' || down_sql FROM schema_migrations WHERE version = '2'"))
			.isEqualTo(WelcomeNote.class.getName() + " | -- migrate:java " + WelcomeNote.class.getName());
	}

	@Test
	void showsAJavaMigrationInStatusWithItsClassName(TestDatabase database) {
		notesAroundAJavaMigration();
		Migrator migrator = migrator(database, MigrationListener.NONE, new WelcomeNote());
		assertThat(migrator.status().find(Version.parse("2")).orElseThrow().state()).isEqualTo(MigrationState.PENDING);

		migrator.migrate().orThrow();

		MigrationInfo java = migrator.status().find(Version.parse("2")).orElseThrow();
		assertThat(java.script()).isEqualTo(WelcomeNote.class.getName());
		assertThat(java.description()).isEqualTo("welcome note");
		assertThat(java.state()).isEqualTo(MigrationState.APPLIED);
		assertThat(java.transactional()).isTrue();
		assertThat(java.reversible()).isTrue();
		assertThat(migrator.validate()).isInstanceOf(ValidateResult.Valid.class);
	}

	@Test
	void plansAJavaMigrationWithoutStatementsAndLintsOnlyTheSql(TestDatabase database) {
		notesAroundAJavaMigration();
		Migrator migrator = migrator(database, MigrationListener.NONE, new WelcomeNote());

		MigrationPlan plan = migrator.plan();

		assertThat(plan.migrations()).extracting(MigrationPlan.PendingMigration::script)
			.containsExactly("1_create_notes.sql", WelcomeNote.class.getName(), "3_add_author.sql");
		assertThat(plan.migrations().get(1).statements()).isEmpty();
		assertThat(migrator.lint()).allSatisfy((finding) -> assertThat(finding.script()).endsWith(".sql"));
	}

	@Test
	void undoCallsTheJavaMigrationsDown(TestDatabase database) {
		notesAroundAJavaMigration();
		Migrator migrator = migrator(database, MigrationListener.NONE, new WelcomeNote());
		migrator.migrate().orThrow();

		UndoResult undo = migrator.undo(Version.parse("1"));

		assertThat(undo.undone()).extracting(MigrationRun::script)
			.containsExactly("3_add_author.sql", WelcomeNote.class.getName());
		assertThat(database.value("SELECT count(*) FROM notes")).isEqualTo("0");
		assertThat(database.column("SELECT version FROM schema_migrations")).containsExactly("1");
	}

	@Test
	void refusesAVersionClaimedByAFileAndAJavaMigration(TestDatabase database) {
		new ScriptFolder(this.folder).migration("2_welcome.sql", "SELECT 1;", "SELECT 1;");
		Migrator migrator = migrator(database, MigrationListener.NONE, new WelcomeNote());

		assertThat(migrator.migrate())
			.isInstanceOfSatisfying(MigrateResult.Failed.class,
					(failed) -> assertThat(failed.error()).isInstanceOf(ScriptException.class)
						.hasMessage(WelcomeNote.class.getName()
								+ ": duplicate version 2: claimed by 2_welcome.sql and Java " + "migration "
								+ WelcomeNote.class.getName() + "; give one of them a new version"));
		assertThat(database.tableExists("schema_migrations")).isFalse();
	}

	@Test
	void failsToUndoAJavaMigrationThatIsNoLongerRegistered(TestDatabase database) {
		notesAroundAJavaMigration();
		migrator(database, MigrationListener.NONE, new WelcomeNote()).migrate(Version.parse("2")).orThrow();

		UndoResult undo = migrator(database, MigrationListener.NONE).undo();

		assertThat(undo).isInstanceOf(UndoResult.Failed.class);
		assertThat(((UndoResult.Failed) undo).error()).hasMessage(WelcomeNote.class.getName()
				+ ": migration 2 is a Java migration and no Java migration of its version is registered; its down "
				+ "is code, not recorded SQL: register " + WelcomeNote.class.getName()
				+ " again to undo it, or undo to a target at or above 2");
		assertThat(database.value("SELECT count(*) FROM notes")).isEqualTo("1");
		assertThat(database.column("SELECT version FROM schema_migrations ORDER BY version")).containsExactly("1", "2");
	}

	@Test
	void refusesBatchesInATransactionalJavaMigration(TestDatabase database) {
		database.execute("CREATE TABLE items (id bigint PRIMARY KEY, touched int NOT NULL DEFAULT 0)");
		TouchItems touch = new TouchItems(true, false);

		MigrateResult result = migrator(database, MigrationListener.NONE, touch).migrate();

		assertThat(((MigrateResult.Failed) result).error()).hasMessage(TouchItems.class.getName()
				+ ": migration 1 calls batch(…) but runs in one transaction, where its batches cannot commit on "
				+ "their own; override transactional() to return false");
		assertThat(database.column("SELECT version FROM schema_migrations")).isEmpty();
	}

	@Test
	void resumesAJavaBackfillAtTheNextBatchAfterACrashAndChangesEveryRowExactlyOnce(TestDatabase database)
			throws Exception {
		database.execute("CREATE TABLE items (id bigint PRIMARY KEY, touched int NOT NULL DEFAULT 0)",
				"INSERT INTO items (id) SELECT g FROM generate_series(1, " + ROWS + ") g");
		TouchItems touch = new TouchItems(false, true);
		CompletableFuture<MigrateResult> first = CompletableFuture
			.supplyAsync(() -> migrator(database, MigrationListener.NONE, touch).migrate());
		database.awaitBatchPosition(100_000);
		assertThat(touch.held.await(1, TimeUnit.MINUTES)).isTrue();
		database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
				+ "AND pid <> pg_backend_pid() AND application_name = 'migrations-tests'");
		touch.release();
		assertThat(first.get(1, TimeUnit.MINUTES)).isInstanceOf(MigrateResult.Failed.class);
		assertThat(database.value("SELECT state || '/' || batch_position FROM schema_migrations"))
			.isEqualTo("partial/100000");
		assertThat(database.value("SELECT count(*) FROM items WHERE touched = 1")).isEqualTo("100000");
		touch.firstKeys.clear();
		BatchCounter batches = new BatchCounter();

		MigrateResult second = migrator(database, batches, touch).migrate();

		assertThat(second).isInstanceOf(MigrateResult.Applied.class);
		assertThat(touch.firstKeys).hasSize(10).first().isEqualTo(100_001L);
		assertThat(batches.completed).isEqualTo(10);
		assertThat(database.value("SELECT count(*) FROM items WHERE touched <> 1")).isEqualTo("0");
		// each batch committed on its own: its rows carry its own transaction id
		assertThat(Integer.parseInt(database.value("SELECT count(DISTINCT xmin::text) FROM items"))).isEqualTo(20);
		assertThat(database.value("SELECT state || '/' || coalesce(batch_position::text, 'none') || '/' "
				+ "|| statements_done FROM schema_migrations"))
			.isEqualTo("applied/none/1");
	}

	static final class WelcomeNote implements JavaMigration {

		@Override
		public Version version() {
			return Version.parse("2");
		}

		@Override
		public String description() {
			return "welcome note";
		}

		@Override
		public void up(JavaMigrationContext context) throws SQLException {
			try (Statement statement = context.connection().createStatement()) {
				statement.execute("INSERT INTO notes (id, body) VALUES (1, 'welcome')");
			}
		}

		@Override
		public void down(JavaMigrationContext context) throws SQLException {
			try (Statement statement = context.connection().createStatement()) {
				statement.execute("DELETE FROM notes WHERE id = 1");
			}
		}

	}

	/**
	 * Touches every item once, in batches of 10,000; can hold before the batch after key
	 * 100,000 until released, so that the test can kill its session there.
	 */
	static final class TouchItems implements JavaMigration {

		final CountDownLatch held = new CountDownLatch(1);

		final List<Long> firstKeys = new CopyOnWriteArrayList<>();

		private final CountDownLatch released = new CountDownLatch(1);

		private final boolean transactional;

		private volatile boolean hold;

		TouchItems(boolean transactional, boolean hold) {
			this.transactional = transactional;
			this.hold = hold;
		}

		void release() {
			this.hold = false;
			this.released.countDown();
		}

		@Override
		public Version version() {
			return Version.parse("1");
		}

		@Override
		public String description() {
			return "touch items";
		}

		@Override
		public boolean transactional() {
			return this.transactional;
		}

		@Override
		public void up(JavaMigrationContext context) {
			context.batch("items", "id", 10_000, Duration.ZERO, (connection, first, last) -> {
				this.firstKeys.add(first);
				if (this.hold && first > 100_000) {
					this.held.countDown();
					await();
				}
				try (PreparedStatement update = connection
					.prepareStatement("UPDATE items SET touched = touched + 1 WHERE id BETWEEN ? AND ?")) {
					update.setLong(1, first);
					update.setLong(2, last);
					return update.executeUpdate();
				}
			});
		}

		@Override
		public void down(JavaMigrationContext context) {
			context.batch("items", "id", 10_000, Duration.ZERO, (connection, first, last) -> {
				try (PreparedStatement update = connection
					.prepareStatement("UPDATE items SET touched = touched - 1 WHERE id BETWEEN ? AND ?")) {
					update.setLong(1, first);
					update.setLong(2, last);
					return update.executeUpdate();
				}
			});
		}

		private void await() {
			try {
				this.released.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	static final class BatchCounter implements MigrationListener {

		volatile int completed;

		@Override
		public void batchCompleted(MigrationRun run, BatchProgress progress) {
			this.completed++;
		}

	}

}
