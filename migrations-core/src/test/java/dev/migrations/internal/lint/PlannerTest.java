package dev.migrations.internal.lint;

import java.util.stream.Stream;

import dev.migrations.Version;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.MigrationPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan: for each statement, the lock PostgreSQL takes on which table and whether it
 * rewrites or scans; per migration, whether it runs in a transaction and its findings.
 */
class PlannerTest {

	static Stream<Arguments> statements() {
		return Stream.of(Arguments.of("ALTER TABLE orders ADD COLUMN a text", "ACCESS EXCLUSIVE on public.orders"),
				Arguments.of("ALTER TABLE orders ADD COLUMN t uuid DEFAULT gen_random_uuid()",
						"ACCESS EXCLUSIVE on public.orders; rewrites the table"),
				Arguments.of("ALTER TABLE orders ALTER COLUMN code TYPE bigint",
						"ACCESS EXCLUSIVE on public.orders; rewrites the table"),
				Arguments.of("ALTER TABLE orders ALTER COLUMN note TYPE text", "ACCESS EXCLUSIVE on public.orders"),
				Arguments.of("ALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL",
						"ACCESS EXCLUSIVE on public.orders; scans the table"),
				Arguments.of("ALTER TABLE orders ADD CONSTRAINT c CHECK (amount > 0) NOT VALID",
						"ACCESS EXCLUSIVE on public.orders"),
				Arguments.of("ALTER TABLE orders VALIDATE CONSTRAINT c",
						"SHARE UPDATE EXCLUSIVE on public.orders; scans the table"),
				Arguments.of("ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES users (id)",
						"SHARE ROW EXCLUSIVE on public.orders, SHARE ROW EXCLUSIVE on public.users; scans the table"),
				Arguments.of("ALTER TABLE orders SET (fillfactor = 70)", "SHARE UPDATE EXCLUSIVE on public.orders"),
				Arguments.of("ALTER TABLE orders ENABLE TRIGGER ALL", "SHARE ROW EXCLUSIVE on public.orders"),
				Arguments.of("ALTER TABLE orders DETACH PARTITION p CONCURRENTLY",
						"SHARE UPDATE EXCLUSIVE on public.orders, SHARE UPDATE EXCLUSIVE on public.p"),
				Arguments.of("ALTER TABLE orders RENAME TO purchases", "ACCESS EXCLUSIVE on public.orders"),
				Arguments.of("CREATE INDEX i ON orders (status)", "SHARE on public.orders; scans the table"),
				Arguments.of("CREATE INDEX CONCURRENTLY i ON orders (status)",
						"SHARE UPDATE EXCLUSIVE on public.orders; scans the table"),
				Arguments.of("DROP INDEX idx_orders_status",
						"ACCESS EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.idx_orders_status"),
				Arguments.of("DROP INDEX CONCURRENTLY idx_orders_status",
						"SHARE UPDATE EXCLUSIVE on public.orders, SHARE UPDATE EXCLUSIVE on public.idx_orders_status"),
				Arguments.of("REINDEX INDEX idx_orders_status",
						"ACCESS EXCLUSIVE on public.idx_orders_status, SHARE on public.orders; scans the table"),
				Arguments.of("DROP TABLE legacy_events", "ACCESS EXCLUSIVE on public.legacy_events"),
				Arguments.of("TRUNCATE orders", "ACCESS EXCLUSIVE on public.orders"),
				Arguments.of("VACUUM orders", "SHARE UPDATE EXCLUSIVE on public.orders"),
				Arguments.of("ANALYZE orders", "SHARE UPDATE EXCLUSIVE on public.orders"),
				Arguments.of("VACUUM FULL orders", "ACCESS EXCLUSIVE on public.orders; rewrites the table"),
				Arguments.of("CLUSTER orders USING idx_orders_status",
						"ACCESS EXCLUSIVE on public.orders; rewrites the table"),
				Arguments.of("CREATE TRIGGER t BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION f()",
						"SHARE ROW EXCLUSIVE on public.orders"),
				Arguments.of("INSERT INTO orders (status) VALUES ('x')", "ROW EXCLUSIVE on public.orders"),
				Arguments.of("UPDATE orders SET status = 'x' WHERE id = 1", "ROW EXCLUSIVE on public.orders"),
				Arguments.of("DELETE FROM orders", "ROW EXCLUSIVE on public.orders; scans the table"),
				Arguments.of("SELECT count(*) FROM orders", "ACCESS SHARE on public.orders"),
				Arguments.of("LOCK TABLE orders IN SHARE MODE", "SHARE on public.orders"),
				Arguments.of("REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals",
						"EXCLUSIVE on public.order_totals; rewrites the table"),
				Arguments.of("CREATE TABLE shipments (id bigint, order_id bigint REFERENCES orders (id))",
						"ACCESS EXCLUSIVE on public.shipments (new), SHARE ROW EXCLUSIVE on public.orders"),
				Arguments.of("SET lock_timeout = '5s'", "no table lock"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statements")
	void showsTheLockTheTableAndWhetherItRewritesOrScans(String sql, String effect) {
		MigrationPlan plan = LintFixture.plan(LintFixture.PG17, sql);

		assertThat(plan.migrations().get(0).statements()).singleElement()
			.satisfies((statement) -> assertThat(statement.effect()).isEqualTo(effect));
	}

	@Test
	void showsEachPendingMigrationWithItsStatementsTransactionAndFindings() {
		MigrationPlan plan = LintFixture.plan(LintFixture.PG17, """
				CREATE TABLE shipments (id bigint);
				CREATE INDEX ON shipments (id);
				====
				CREATE INDEX CONCURRENTLY idx_orders_note ON orders (note);
				""");

		assertThat(plan.migrations()).hasSize(2);
		MigrationPlan.PendingMigration first = plan.migrations().get(0);
		assertThat(first.version()).isEqualTo(Version.parse("20260501_01"));
		assertThat(first.transactional()).isTrue();
		assertThat(first.statements()).extracting(MigrationPlan.PlannedStatement::line).containsExactly(2, 3);
		assertThat(first.statements().get(1).lockLevel()).contains(LockLevel.SHARE);
		assertThat(first.statements().get(1).locks()).singleElement()
			.satisfies((lock) -> assertThat(lock.newTable()).isTrue());
		assertThat(first.findings()).isEmpty();
		MigrationPlan.PendingMigration second = plan.migrations().get(1);
		assertThat(second.transactional()).isFalse();
		assertThat(second.findings()).extracting((finding) -> finding.ruleId()).containsExactly("prefer-robust");
		assertThat(plan.hasBlockingFindings()).isFalse();
		assertThat(plan.format()).contains("20260502_01_case_2.sql (no transaction: statement by statement)",
				"  2:1  CREATE INDEX CONCURRENTLY idx_orders_note ON orders (note)",
				"SHARE UPDATE EXCLUSIVE on public.orders; scans the table", "prefer-robust: warning:");
	}

	@Test
	void anEmptyPendingSetIsAPlanWithNothingToDo() {
		MigrationPlan plan = new Planner(Catalog.empty(), LintFixture.PG17).plan(java.util.List.of());

		assertThat(plan.migrations()).isEmpty();
		assertThat(plan.format()).isEqualTo("Nothing to migrate: no pending migration.\n");
	}

	@Test
	void errorsInThePlanAreBlocking() {
		MigrationPlan plan = LintFixture.plan(LintFixture.PG17, "CREATE INDEX i ON orders (status);");

		assertThat(plan.hasBlockingFindings()).isTrue();
		assertThat(plan.findings()).extracting((finding) -> finding.ruleId()).containsExactly("index-concurrently");
	}

}
