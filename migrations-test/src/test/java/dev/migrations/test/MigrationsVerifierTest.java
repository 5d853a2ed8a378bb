package dev.migrations.test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.lint.LockLevel;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.verify.VerifyException;
import dev.migrations.verify.VerifyOutcome;
import dev.migrations.verify.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.test.MigrationsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The test helper as a user's test would call it, on a real PostgreSQL.
 */
@ExtendWith(PostgresExtension.class)
class MigrationsVerifierTest {

	@TempDir
	Path folder;

	@Test
	void verifiesTheGuidesMigrationsInOneLine(TestDatabase database) {
		VerifyReport report = MigrationsVerifier.forDataSource(database.dataSource())
			.locations("classpath:db/guide")
			.verifyAll();

		assertThat(report).isReversible();
		assertThat(report.migrations()).hasSize(11);
		assertThat(database.value("SELECT count(*) FROM schema_migrations")).isEqualTo("11");
	}

	@Test
	void failsTheTestWithTheDifferenceAndTheReportWhenADownIsWrong(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_orders.sql", "CREATE TABLE orders (id bigint, tracking_number text);", "DROP TABLE orders;")
			.migration("2_require.sql", "ALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL;", "SELECT 1;");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(
				() -> MigrationsVerifier.forDataSource(database.dataSource()).locations(scripts.location()).verifyAll())
			.withMessageStartingWith(String.format("Expected every pending migration to pass verify, but 2_require.sql "
					+ "failed: FAILED: the down did not restore the schema%n"
					+ "  column orders.tracking_number: nullable → not null%n%nVerify of database "))
			.withMessageContaining("2_require.sql: FAILED: the down did not restore the schema");
	}

	@Test
	void reportsAnIrreversibleMigrationWhichPassesButIsNotReversible(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).file("1_t.sql",
				"-- migrate:up\nCREATE TABLE t (id bigint);\n-- migrate:down irreversible\n");

		VerifyReport report = MigrationsVerifier.forDataSource(database.dataSource())
			.locations(scripts.location())
			.verifyAll();

		assertThat(report.migrations().get(0).outcome()).isEqualTo(VerifyOutcome.IRREVERSIBLE);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> assertThat(report).isReversible())
			.withMessageStartingWith(
					"Expected every pending migration to be reversible, but 1_t.sql has no down section");
	}

	@Test
	void assertsTheStrongestLockOnExistingTables(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_orders.sql", "CREATE TABLE orders (id bigint, customer_id bigint);", "DROP TABLE orders;")
			.migration("2_index.sql", "CREATE INDEX CONCURRENTLY orders_customer ON orders (customer_id);",
					"DROP INDEX CONCURRENTLY orders_customer;")
			.migration("3_note.sql", "ALTER TABLE orders ADD COLUMN note text;",
					"ALTER TABLE orders DROP COLUMN note;");

		VerifyReport report = MigrationsVerifier.forDataSource(database.dataSource())
			.locations(scripts.location())
			.verifyAll();

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(report).takesNoLockStrongerThan(LockLevel.SHARE_UPDATE_EXCLUSIVE))
			.withMessageStartingWith(String.format("Expected no lock stronger than SHARE UPDATE EXCLUSIVE on an "
					+ "existing table, but:%n  3_note.sql: ACCESS EXCLUSIVE on orders (blocks reads and writes)%n"));
	}

	@Test
	void verifiesAMigratorsConfiguration(TestDatabase database) {
		ScriptFolder scripts = new ScriptFolder(this.folder).migration("1_t.sql", "CREATE TABLE t (id bigint);",
				"DROP TABLE t;");
		Migrator migrator = Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations(scripts.location()).table("history").build())
			.build();

		MigrationsVerifier.forMigrator(migrator).verifyAll();

		assertThat(database.value("SELECT count(*) FROM history")).isEqualTo("1");
	}

	@Test
	void refusesADatabaseNotNamedForTestsUnlessAllowed(TestDatabase database) throws SQLException {
		DataSource production = database("production_shop");
		MigrationsVerifier verifier = MigrationsVerifier.forDataSource(production).locations("classpath:db/guide");

		assertThatExceptionOfType(VerifyException.class).isThrownBy(verifier::verify)
			.satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(VerifyException.Kind.REFUSED));
		assertThat(verifier.allowAnyDatabase().verifyAll().migrations()).hasSize(11);
	}

	private static DataSource database(String name) throws SQLException {
		try (Connection connection = PostgresServer.get().dataSource("postgres").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		return PostgresServer.get().dataSource(name);
	}

}
