package dev.migrations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.migrations.lint.LintMode;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.TableLock;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import dev.migrations.verify.TableRows;
import dev.migrations.verify.VerifiedMigration;
import dev.migrations.verify.Verifier;
import dev.migrations.verify.VerifyException;
import dev.migrations.verify.VerifyOptions;
import dev.migrations.verify.VerifyOutcome;
import dev.migrations.verify.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Verify on a real PostgreSQL: the guide's migrations pass, wrong downs are caught with a
 * precise difference, irreversible migrations are reported, and a database named like
 * production is refused.
 */
@ExtendWith(PostgresExtension.class)
class VerifierTest {

	private static final String ORDERS = "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
			+ "customer_id bigint NOT NULL, tracking_number varchar(100), status text NOT NULL DEFAULT 'new');";

	private static final String THREE_ORDERS = "INSERT INTO orders (customer_id) VALUES (1), (2), (3);";

	@TempDir
	Path folder;

	private static Verifier verifier(DataSource dataSource, String location) {
		return new Verifier(Migrator.builder(dataSource)
			.configuration(MigrationsConfiguration.builder().locations(location).lintMode(LintMode.WARN).build())
			.build());
	}

	private ScriptFolder ordersWithRows() {
		return new ScriptFolder(this.folder).migration("1_orders.sql", ORDERS + "\n" + THREE_ORDERS,
				"DROP TABLE orders;");
	}

	@Test
	void passesEveryGuideMigrationAndLeavesThemApplied(TestDatabase database) {
		VerifyReport report = verifier(database.dataSource(), "classpath:db/guide").verify();

		System.out.println(report.toText());
		assertThat(report.passed()).isTrue();
		assertThat(report.migrations()).hasSize(11)
			.allSatisfy((migration) -> assertThat(migration.outcome()).isEqualTo(VerifyOutcome.VERIFIED));
		assertThat(database.column("SELECT version FROM schema_migrations ORDER BY version")).hasSize(11)
			.endsWith("20260505_01");
		assertThat(database.columns("users")).containsExactly("id", "email", "created_at", "phone", "full_name");
	}

	@Test
	void catchesADownThatDropsTheWrongColumn(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows().migration("2_add_phone.sql",
				"ALTER TABLE orders ADD COLUMN phone varchar(30);", "ALTER TABLE orders DROP COLUMN status;");

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		VerifiedMigration broken = report.failure().orElseThrow();
		assertThat(broken.script()).isEqualTo("2_add_phone.sql");
		assertThat(broken.outcome()).isEqualTo(VerifyOutcome.NOT_RESTORED);
		assertThat(broken.differenceLines()).containsExactly(
				"column orders.phone: absent → present (character varying(30), nullable)",
				"column orders.status: present (text, not null) → absent");
	}

	@Test
	void catchesADownThatForgetsAnIndex(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows().migration("2_index.sql",
				"ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\n"
						+ "CREATE INDEX idx_orders_shipped_at ON orders (shipped_at);",
				"ALTER TABLE orders RENAME COLUMN shipped_at TO shipped_at_unused;\n"
						+ "ALTER TABLE orders DROP COLUMN shipped_at_unused;\n"
						+ "CREATE INDEX idx_orders_customer_id ON orders (customer_id);");

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		assertThat(report.failure().orElseThrow().differenceLines())
			.containsExactly("index idx_orders_customer_id: absent → present "
					+ "(CREATE INDEX idx_orders_customer_id ON public.orders USING btree (customer_id))");
	}

	@Test
	void catchesADownThatLeavesANotNull(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows()
			.migration("2_backfill.sql", "UPDATE orders SET tracking_number = 'UNKNOWN' WHERE tracking_number IS NULL;",
					"UPDATE orders SET tracking_number = NULL;")
			.migration("3_require.sql", "ALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL;", "SELECT 1;");

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		System.out.println(report.toText());
		VerifiedMigration broken = report.failure().orElseThrow();
		assertThat(broken.script()).isEqualTo("3_require.sql");
		assertThat(broken.differenceLines()).containsExactly("column orders.tracking_number: nullable → not null");
		assertThat(broken.rows()).containsExactly(new TableRows("orders", 3L, 3L, 3L));
		assertThat(broken.locks()).containsExactly(new TableLock("orders", LockLevel.ACCESS_EXCLUSIVE, false));
	}

	@Test
	void reportsAnIrreversibleMigrationWithoutFailing(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows()
			.file("2_drop_status.sql",
					"-- migrate:up\nALTER TABLE orders DROP COLUMN status;\n-- migrate:down irreversible\n")
			.migration("3_phone.sql", "ALTER TABLE orders ADD COLUMN phone text;",
					"ALTER TABLE orders DROP COLUMN phone;");

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		assertThat(report.passed()).isTrue();
		assertThat(report.migrations()).extracting(VerifiedMigration::outcome)
			.containsExactly(VerifyOutcome.VERIFIED, VerifyOutcome.IRREVERSIBLE, VerifyOutcome.VERIFIED);
		VerifiedMigration irreversible = report.irreversible().get(0);
		assertThat(irreversible.reversible()).isFalse();
		assertThat(irreversible.downTime()).isNull();
		assertThat(irreversible.rows()).containsExactly(new TableRows("orders", 3L, 3L, null));
		assertThat(database.columns("orders")).containsExactly("id", "customer_id", "tracking_number", "phone");
	}

	@Test
	void refusesADatabaseNamedLikeProduction(TestDatabase database) throws SQLException {
		DataSource production = database("production_orders");

		assertThatExceptionOfType(VerifyException.class)
			.isThrownBy(() -> verifier(production, "classpath:db/guide").verify())
			.withMessage("Refusing to verify database 'production_orders': verify runs each pending migration's up, "
					+ "down and up again, so it is meant for a clone of production. Set the allow setting to true "
					+ "for this database, or verify a clone whose name matches the databasePattern setting ("
					+ VerifyOptions.DEFAULT_DATABASE_PATTERN + ")")
			.satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(VerifyException.Kind.REFUSED))
			.satisfies((ex) -> assertThat(ex.getDatabase()).isEqualTo("production_orders"))
			.satisfies((ex) -> assertThat(ex.getDatabasePattern()).isEqualTo(VerifyOptions.DEFAULT_DATABASE_PATTERN))
			.satisfies((ex) -> assertThat(ex.getReport()).isNull());
		assertThat(tables(production)).isZero();
	}

	@Test
	void runsOnAnyDatabaseWhenAllowed(TestDatabase database) throws SQLException {
		DataSource production = database("production_invoices");
		Migrator migrator = Migrator.builder(production)
			.configuration(MigrationsConfiguration.builder()
				.locations(ordersWithRows().location())
				.lintMode(LintMode.WARN)
				.build())
			.build();

		VerifyReport report = new Verifier(migrator, VerifyOptions.defaults().withAllow(true)).verify();

		assertThat(report.passed()).isTrue();
		assertThat(report.database()).isEqualTo("production_invoices");
	}

	@Test
	void reportsTheLocksAndRowsOfEachStep(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows()
			.migration("2_seed.sql", "INSERT INTO orders (customer_id) VALUES (4);",
					"DELETE FROM orders WHERE customer_id = 4;")
			.migration("3_index.sql", "CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id);",
					"DROP INDEX CONCURRENTLY idx_orders_customer;");

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		assertThat(report.migrations().get(0).rows()).containsExactly(new TableRows("orders", null, 3L, null));
		assertThat(report.migrations().get(0).locks())
			.containsExactly(new TableLock("orders", LockLevel.ACCESS_EXCLUSIVE, true));
		assertThat(report.migrations().get(1).rows()).containsExactly(new TableRows("orders", 3L, 4L, 3L));
		assertThat(report.migrations().get(1).locks())
			.containsExactly(new TableLock("orders", LockLevel.ROW_EXCLUSIVE, false));
		assertThat(report.migrations().get(2).locks())
			.containsExactly(new TableLock("orders", LockLevel.SHARE_UPDATE_EXCLUSIVE, false));
	}

	@Test
	void stopsAtAFailedUpAndListsTheRestAsNotVerified(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows()
			.migration("2_broken.sql", "ALTER TABLE orders ADD COLUMN tracking_number text;", "SELECT 1;")
			.migration("3_later.sql", "SELECT 1;", "SELECT 1;");

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		assertThat(report.passed()).isFalse();
		assertThat(report.failure().orElseThrow().outcome()).isEqualTo(VerifyOutcome.UP_FAILED);
		assertThat(report.failure().orElseThrow().problem())
			.contains("column \"tracking_number\" of relation \"orders\" already exists");
		assertThat(report.notVerified()).containsExactly("3");
		assertThat(database.column("SELECT version FROM schema_migrations")).containsExactly("1");
	}

	@Test
	void throwsWithTheDifferencesWhenAskedTo(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows().migration("2_comment.sql",
				"COMMENT ON COLUMN orders.status IS 'new, paid or shipped';", "SELECT 1;");

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		assertThatExceptionOfType(VerifyException.class).isThrownBy(report::orThrow)
			.withMessage("Verify failed on database " + database.name()
					+ " at 2_comment.sql: the down did not restore the schema\n"
					+ "  column orders.status: comment none → new, paid or shipped")
			.satisfies((ex) -> assertThat(ex.getReport()).isSameAs(report))
			.satisfies((ex) -> assertThat(ex.getKind()).isEqualTo(VerifyException.Kind.FAILED));
	}

	@Test
	void hasNothingToVerifyWhenNothingIsPending(TestDatabase database) {
		ScriptFolder scripts = ordersWithRows();
		Migrator.builder(database.dataSource())
			.configuration(
					MigrationsConfiguration.builder().locations(scripts.location()).lintMode(LintMode.WARN).build())
			.build()
			.migrate()
			.orThrow();

		VerifyReport report = verifier(database.dataSource(), scripts.location()).verify();

		assertThat(report.passed()).isTrue();
		assertThat(report.migrations()).isEmpty();
		assertThat(report.toText()).isEqualTo(
				"Nothing to verify on database " + database.name() + " (schema public): no migration is pending.\n");
	}

	private static DataSource database(String name) throws SQLException {
		try (Connection connection = PostgresServer.get().dataSource("postgres").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name);
		}
		return PostgresServer.get().dataSource(name);
	}

	private static int tables(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
