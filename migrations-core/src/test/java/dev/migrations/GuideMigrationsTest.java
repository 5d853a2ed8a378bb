package dev.migrations;

import java.util.List;

import dev.migrations.lint.LintMode;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's examples as one migration set, on a real PostgreSQL: migrate, status, undo
 * all the way, migrate again.
 */
@ExtendWith(PostgresExtension.class)
class GuideMigrationsTest {

	private static final int GUIDE_MIGRATIONS = 11;

	private Migrator migrator(TestDatabase database) {
		// the guide's own risky forms (its unbounded copy, its drop outside a contract
		// phase) are what the linter is for; these tests are about running them
		return Migrator.builder(database.dataSource())
			.configuration(
					MigrationsConfiguration.builder().locations("classpath:db/guide").lintMode(LintMode.WARN).build())
			.build();
	}

	@Test
	void appliesEveryGuideMigrationInOrder(TestDatabase database) {
		MigrateResult result = migrator(database).migrate();

		assertThat(result).isInstanceOf(MigrateResult.Applied.class);
		assertThat(result.applied()).hasSize(GUIDE_MIGRATIONS);
		assertThat(((MigrateResult.Applied) result).current()).isEqualTo(Version.parse("20260505_01"));
		assertThat(database.columns("users")).containsExactly("id", "email", "created_at", "phone", "full_name");
		assertThat(database.value("SELECT is_nullable FROM information_schema.columns "
				+ "WHERE table_name = 'orders' AND column_name = 'tracking_number'"))
			.isEqualTo("NO");
		assertThat(
				database.value("SELECT indisvalid FROM pg_index WHERE indexrelid = 'idx_orders_customer_id'::regclass"))
			.isEqualTo("t");
		assertThat(database.tableExists("_legacy_events_deprecated")).isTrue();
		assertThat(database.tableExists("legacy_events")).isFalse();
	}

	@Test
	void theGuidesHistoryQueryListsMigrationsInAppliedOrder(TestDatabase database) {
		migrator(database).migrate().orThrow();

		List<String> versions = database.column("SELECT version FROM schema_migrations ORDER BY version");

		assertThat(versions).containsExactly("20260430_01", "20260430_02", "20260430_03", "20260501_01", "20260502_01",
				"20260502_02", "20260502_03", "20260503_01", "20260503_02", "20260504_01", "20260505_01");
		assertThat(database.column("SELECT version FROM schema_migrations ORDER BY applied_at, version"))
			.isEqualTo(versions);
	}

	@Test
	void recordsEveryColumnOfTheHistory(TestDatabase database) {
		migrator(database).migrate().orThrow();

		assertThat(database.value("SELECT description || '|' || script || '|' || length(checksum) || '|' || applied_by "
				+ "|| '|' || state || '|' || (down_sql LIKE '%DROP COLUMN phone%') FROM schema_migrations "
				+ "WHERE version = '20260501_01'"))
			.isEqualTo("add phone to users|20260501_01_add_phone_to_users.sql|64|postgres|applied|true");
	}

	@Test
	void statusShowsEachMigrationWithItsState(TestDatabase database) {
		Migrator migrator = migrator(database);
		assertThat(migrator.status().migrations()).hasSize(GUIDE_MIGRATIONS)
			.allSatisfy((migration) -> assertThat(migration.state()).isEqualTo(MigrationState.PENDING));

		migrator.migrate().orThrow();
		MigrationStatus status = migrator.status();

		assertThat(status.count(MigrationState.APPLIED)).isEqualTo(GUIDE_MIGRATIONS);
		assertThat(status.current()).isEqualTo(Version.parse("20260505_01"));
		MigrationInfo index = status.find(Version.parse("20260504_01")).orElseThrow();
		assertThat(index.transactional()).isFalse();
		assertThat(index.appliedBy()).isEqualTo("postgres");
		assertThat(index.reversible()).isTrue();
	}

	@Test
	void undoesAllTheWayAndMigratesAgain(TestDatabase database) {
		Migrator migrator = migrator(database);
		migrator.migrate().orThrow();

		UndoResult undo = migrator.undoAll();

		assertThat(undo).isInstanceOf(UndoResult.Undone.class);
		assertThat(undo.undone()).hasSize(GUIDE_MIGRATIONS);
		assertThat(undo.undone().get(0).version()).isEqualTo(Version.parse("20260505_01"));
		assertThat(database.tableExists("users")).isFalse();
		assertThat(database.tableExists("orders")).isFalse();
		assertThat(database.column("SELECT version FROM schema_migrations")).isEmpty();

		assertThat(migrator.migrate().applied()).hasSize(GUIDE_MIGRATIONS);
		assertThat(migrator.status().count(MigrationState.APPLIED)).isEqualTo(GUIDE_MIGRATIONS);
	}

	@Test
	void undoesTheLatestOnlyByDefault(TestDatabase database) {
		Migrator migrator = migrator(database);
		migrator.migrate().orThrow();

		UndoResult undo = migrator.undo();

		assertThat(undo.undone()).extracting(MigrationRun::version).containsExactly(Version.parse("20260505_01"));
		assertThat(database.tableExists("legacy_events")).isTrue();
		assertThat(migrator.status().find(Version.parse("20260505_01")).orElseThrow().state())
			.isEqualTo(MigrationState.PENDING);
	}

	@Test
	void undoesDownToATargetKeepingTheTarget(TestDatabase database) {
		Migrator migrator = migrator(database);
		migrator.migrate().orThrow();

		UndoResult undo = migrator.undo(Version.parse("20260502_03"));

		assertThat(undo.undone()).extracting((migration) -> migration.version().text())
			.containsExactly("20260505_01", "20260504_01", "20260503_02", "20260503_01");
		assertThat(((UndoResult.Undone) undo).current()).isEqualTo(Version.parse("20260502_03"));
		assertThat(database.columns("users")).containsExactly("id", "email", "created_at", "phone", "name");
		assertThat(database.column("SELECT 1 FROM pg_class WHERE relname = 'idx_orders_customer_id'")).isEmpty();
	}

	@Test
	void keepsDataThroughTheExpandContractRename(TestDatabase database) {
		Migrator migrator = migrator(database);
		migrator.migrate(Version.parse("20260502_03")).orThrow();
		database.execute("INSERT INTO users (name, email) VALUES ('Ada Lovelace', 'ada@example.com')");

		migrator.migrate().orThrow();
		assertThat(database.value("SELECT full_name FROM users")).isEqualTo("Ada Lovelace");

		migrator.undo(Version.parse("20260503_01")).orThrow();
		assertThat(database.value("SELECT name FROM users")).isEqualTo("Ada Lovelace");
	}

	@Test
	void migratesUpToATargetVersion(TestDatabase database) {
		Migrator migrator = migrator(database);

		MigrateResult result = migrator.migrate(Version.parse("20260501_01"));

		assertThat(result.applied()).hasSize(4);
		assertThat(migrator.status().count(MigrationState.PENDING)).isEqualTo(GUIDE_MIGRATIONS - 4);
	}

	@Test
	void isUpToDateTheSecondTime(TestDatabase database) {
		Migrator migrator = migrator(database);
		migrator.migrate().orThrow();

		MigrateResult again = migrator.migrate();

		assertThat(again).isEqualTo(new MigrateResult.UpToDate(Version.parse("20260505_01")));
	}

}
