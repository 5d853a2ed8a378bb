package dev.migrations;

import java.nio.file.Path;
import java.util.List;

import dev.migrations.lint.LintMode;
import dev.migrations.testsupport.Migrators;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations with statements PostgreSQL refuses in a transaction (several in one
 * migration on purpose, which the linter would refuse: lint is off here) run statement by
 * statement in autocommit, record how far they got, and resume there.
 */
@ExtendWith(PostgresExtension.class)
class NonTransactionalMigrationTest {

	@TempDir
	Path folder;

	/**
	 * These tests are about running statements one by one; the linter has its own tests.
	 */
	private static Migrator migrator(TestDatabase database, ScriptFolder scripts) {
		return Migrators.migrator(database, scripts, MigrationsConfiguration.builder().lintMode(LintMode.OFF));
	}

	@Test
	void createsAnIndexConcurrentlyOutsideATransaction(TestDatabase database) {
		database.execute("CREATE TABLE orders (id bigint, customer_id bigint)");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_index.sql",
				"CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);",
				"DROP INDEX CONCURRENTLY idx_orders_customer_id;");
		Migrator migrator = migrator(database, scripts);

		MigrateResult result = migrator.migrate();

		assertThat(result.applied()).singleElement()
			.satisfies((migration) -> assertThat(migration.transactional()).isFalse());
		assertThat(
				database.value("SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_orders_customer_id'::regclass"))
			.isEqualTo("t");
		assertThat(database.value("SELECT state || '/' || statements_done FROM schema_migrations"))
			.isEqualTo("applied/1");
		migrator.undo().orThrow();
		assertThat(database.column("SELECT 1 FROM pg_class WHERE relname = 'idx_orders_customer_id'")).isEmpty();
	}

	@Test
	void recordsHowFarItGotAndResumesAtTheFailedStatement(TestDatabase database) {
		database.execute("CREATE TABLE orders (id bigint, customer_id bigint, status text)");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_indexes.sql", """
				CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);
				CREATE INDEX CONCURRENTLY idx_orders_status ON orders (state);
				CREATE INDEX CONCURRENTLY idx_orders_id ON orders (id);""", """
				DROP INDEX CONCURRENTLY IF EXISTS idx_orders_id;
				DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;
				DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer_id;""");

		MigrateResult first = migrator(database, scripts).migrate();

		assertThat(first).isInstanceOf(MigrateResult.Failed.class);
		assertThat(((MigrateResult.Failed) first).error()).hasMessageContaining("1_indexes.sql:3:")
			.hasMessageContaining("statement 2 of 3");
		assertThat(database.value("SELECT state || '/' || statements_done FROM schema_migrations"))
			.isEqualTo("partial/1");
		assertThat(migrator(database, scripts).status().migrations()).singleElement()
			.satisfies((migration) -> assertThat(migration.state()).isEqualTo(MigrationState.PARTIAL));

		database.execute("ALTER TABLE orders RENAME COLUMN status TO state");
		MigrateResult second = migrator(database, scripts).migrate();

		assertThat(second).isInstanceOf(MigrateResult.Applied.class);
		assertThat(database.column(
				"SELECT indexrelid::regclass::text FROM pg_index " + "WHERE indrelid = 'orders'::regclass ORDER BY 1"))
			.isEqualTo(List.of("idx_orders_customer_id", "idx_orders_id", "idx_orders_status"));
		assertThat(database.value("SELECT state || '/' || statements_done FROM schema_migrations"))
			.isEqualTo("applied/3");
	}

	@Test
	void runsEveryStatementOfAMixedMigrationInAutocommit(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_table_and_index.sql", """
				CREATE TABLE events (id bigint, kind text);
				CREATE INDEX CONCURRENTLY idx_events_kind ON events (kind);""", """
				DROP INDEX CONCURRENTLY idx_events_kind;
				DROP TABLE events;""");

		migrator(database, scripts).migrate().orThrow();

		assertThat(database.tableExists("idx_events_kind")).isTrue();
		migrator(database, scripts).undo().orThrow();
		assertThat(database.tableExists("events")).isFalse();
	}

	@Test
	void vacuumRunsOutsideATransaction(TestDatabase database) {
		database.execute("CREATE TABLE t (id bigint)");
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_vacuum.sql", "VACUUM (ANALYZE) t;",
				"SELECT 1;");

		MigrateResult result = migrator(database, scripts).migrate();

		assertThat(result).isInstanceOf(MigrateResult.Applied.class);
		assertThat(result.applied().get(0).transactional()).isFalse();
	}

}
