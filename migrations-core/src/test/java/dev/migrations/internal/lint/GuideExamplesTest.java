package dev.migrations.internal.lint;

import java.util.List;
import java.util.Map;

import dev.migrations.MigrationSource;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.discovery.ScriptScanner;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide the product grew from, verbatim, on a database where its tables exist: what
 * it calls safe raises no error, what it calls unsafe is flagged with its own
 * alternative, and where its own text is risky the linter says so.
 */
class GuideExamplesTest {

	private static List<LintFinding> errors(String sql) {
		return LintFixture.lint(sql).stream().filter((finding) -> finding.severity() == LintSeverity.ERROR).toList();
	}

	private static LintFinding only(String rule, String sql) {
		List<LintFinding> findings = LintFixture.findings(rule, LintFixture.PG17, sql);
		assertThat(findings).as(rule).hasSize(1);
		return findings.get(0);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "ALTER TABLE users\n  ADD COLUMN phone VARCHAR(30);",
			"ALTER TABLE orders ADD COLUMN tracking_number VARCHAR(100);",
			"CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders(customer_id);",
			"ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated;",
			"UPDATE orders SET tracking_number = 'UNKNOWN'\nWHERE  tracking_number IS NULL\n  AND  id BETWEEN 1 AND 100000;" })
	void theGuidesSafeExamplesRaiseNoError(String sql) {
		assertThat(errors(sql)).isEmpty();
	}

	@Test
	void theGuidesDropOfTheSoftDeletedTableAWeekLaterRaisesNoError() {
		Catalog week = Catalog.of(List.of("public"),
				List.of(CatalogTable.named(TableName.of("public._legacy_events_deprecated"))), Map.of());

		assertThat(new Linter(week, LintFixture.PG17)
			.lint(LintFixture.migrations("DROP TABLE _legacy_events_deprecated;"))).isEmpty();
	}

	@Test
	void aNotNullColumnWithoutDefaultOnOrdersGetsTheThreeSteps() {
		LintFinding finding = only("add-required-column",
				"ALTER TABLE orders ADD COLUMN tracking_number VARCHAR(100) NOT NULL;");

		assertThat(finding.message()).contains("ACCESS EXCLUSIVE", "orders");
		assertThat(finding.alternative()).contains("three steps",
				"ALTER TABLE orders ADD COLUMN tracking_number varchar(100);", "id BETWEEN",
				"CHECK (tracking_number IS NOT NULL) NOT VALID");
	}

	@Test
	void aPlainCreateIndexGetsConcurrently() {
		assertThat(
				only("index-concurrently", "CREATE INDEX idx_orders_customer_id ON orders(customer_id);").alternative())
			.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_id ON orders");
	}

	@Test
	void aOneStepRenameColumnGetsExpandContract() {
		assertThat(only("rename-column", "ALTER TABLE users RENAME COLUMN name TO full_name;").alternative())
			.contains("expand/contract", "ADD COLUMN full_name", "DROP COLUMN name", "-- migrate:phase contract");
	}

	@Test
	void aDropTableWithoutTheRenameGetsRenameFirst() {
		assertThat(only("drop-table", "DROP TABLE legacy_events;").alternative())
			.contains("ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated", "later release");
	}

	@Test
	void anUnboundedUpdateOfOrdersGetsABatchedMigration() {
		LintFinding finding = only("batch-large-update",
				"UPDATE orders\nSET    status = 'archived'\nWHERE  created_at < '2024-01-01';");

		assertThat(finding.message()).contains("not bounded by a key range", "1,200,000 rows");
		assertThat(finding.alternative()).contains("-- migrate:batch table=orders key=id", "id BETWEEN");
	}

	@Test
	void theFinalSetNotNullOfTheThreeStepsIsAWarningNamingTheCheckRoute() {
		List<LintFinding> findings = LintFixture.lint("ALTER TABLE orders ALTER COLUMN tracking_number SET NOT NULL;");

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo("set-not-null");
			assertThat(finding.severity()).isEqualTo(LintSeverity.WARNING);
			assertThat(finding.message()).contains("guide's third step", "scans every row");
			assertThat(finding.alternative()).contains("CHECK (tracking_number IS NOT NULL) NOT VALID",
					"VALIDATE CONSTRAINT", "SET NOT NULL");
		});
	}

	@Test
	void theUnboundedCopyOfTheRenamesFirstPhaseNamesABatchedCopy() {
		List<LintFinding> findings = errors(
				"ALTER TABLE users ADD COLUMN full_name VARCHAR(200);\n" + "UPDATE users SET full_name = name;");

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo("batch-large-update");
			assertThat(finding.line()).isEqualTo(3);
			assertThat(finding.alternative()).contains("batched", "UPDATE users SET … WHERE id BETWEEN");
		});
	}

	@Test
	void theGuideAsMigrationsOnAFreshDatabaseRaisesNoError() {
		assertThat(new Linter(Catalog.empty(), LintFixture.PG17).lint(guide()))
			.noneMatch((finding) -> finding.severity() == LintSeverity.ERROR);
	}

	@Test
	void theGuideAsMigrationsAfterItsTablesExistFlagsOnlyItsRiskyText() {
		List<MigrationScript> pending = guide().stream()
			.filter((script) -> !script.description().startsWith("create"))
			.toList();
		Catalog tables = Catalog.of(List.of("public"),
				List.of(CatalogTable.named(TableName.of("public.users")),
						CatalogTable.named(TableName.of("public.orders")),
						CatalogTable.named(TableName.of("public.legacy_events"))),
				Map.of());

		List<LintFinding> findings = new Linter(tables, LintFixture.PG17).lint(pending)
			.stream()
			.filter((finding) -> !finding.ruleId().equals("type-hygiene"))
			.toList();

		assertThat(findings).extracting((finding) -> finding.script() + " " + finding.ruleId())
			.containsExactly("20260502_03_require_tracking_number.sql set-not-null",
					"20260503_01_add_full_name_to_users.sql batch-large-update",
					"20260503_02_drop_name_from_users.sql drop-column");
	}

	private static List<MigrationScript> guide() {
		return new ScriptParser().parse(ScriptScanner
			.scan(List.of(MigrationSource.classpath("db/guide", GuideExamplesTest.class.getClassLoader()))));
	}

}
