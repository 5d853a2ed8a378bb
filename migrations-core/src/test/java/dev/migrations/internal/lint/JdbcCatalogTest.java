package dev.migrations.internal.lint;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintFinding;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog of a real PostgreSQL: tables of the search path with their estimates,
 * column types, not-null columns and checks, indexes, and the linter running on it.
 */
@ExtendWith(PostgresExtension.class)
class JdbcCatalogTest {

	private static void createShop(TestDatabase database) {
		database.execute(
				"CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, note varchar(30), "
						+ "amount numeric(10,2))",
				"INSERT INTO orders SELECT g, 'new', 'x', 1 FROM generate_series(1, 5000) g",
				"ALTER TABLE orders ADD CONSTRAINT orders_note_not_null CHECK (note IS NOT NULL) NOT VALID",
				"ALTER TABLE orders ADD CONSTRAINT orders_amount_not_null CHECK ((amount IS NOT NULL))",
				"CREATE INDEX idx_orders_status ON orders (status)", "CREATE SCHEMA archive",
				"CREATE TABLE archive.orders (id int)", "ANALYZE orders");
	}

	@Test
	void readsTablesEstimatesColumnsChecksAndIndexesAlongTheSearchPath(TestDatabase database) throws SQLException {
		createShop(database);

		try (Connection connection = database.dataSource().getConnection()) {
			Catalog catalog = JdbcCatalog.read(connection, null);

			assertThat(catalog.defaultSchema()).isEqualTo("public");
			assertThat(catalog.table(TableName.of("orders"))).hasValueSatisfying((orders) -> {
				assertThat(orders.name()).isEqualTo(TableName.of("public.orders"));
				assertThat(orders.estimatedRows()).isEqualTo(5000);
				assertThat(orders.columnTypes()).containsEntry("note", "character varying(30)")
					.containsEntry("amount", "numeric(10,2)");
				assertThat(orders.notNullColumns()).containsExactlyInAnyOrder("id", "status");
				assertThat(orders.notNullChecks()).containsExactlyInAnyOrder(
						new CatalogTable.NotNullCheck("orders_note_not_null", "note", false),
						new CatalogTable.NotNullCheck("orders_amount_not_null", "amount", true));
			});
			assertThat(catalog.indexTable(TableName.of("idx_orders_status"))).contains(TableName.of("public.orders"));
			assertThat(catalog.table(TableName.of("archive.orders"))).isEmpty();
			assertThat(JdbcCatalog.read(connection, "archive").table(TableName.of("orders")))
				.hasValueSatisfying((orders) -> assertThat(orders.columnTypes()).containsEntry("id", "integer"));
		}
	}

	@Test
	void theLinterReadsWhatExistsFromTheLiveCatalog(TestDatabase database) throws SQLException {
		createShop(database);
		int serverVersion = Integer.parseInt(database.value("SHOW server_version_num"));

		try (Connection connection = database.dataSource().getConnection()) {
			Linter linter = new Linter(JdbcCatalog.read(connection, null), serverVersion);
			List<LintFinding> findings = linter.lint(LintFixture.migrations("""
					ALTER TABLE orders ADD COLUMN customer_id bigint NOT NULL;
					====
					ALTER TABLE orders ALTER COLUMN note TYPE text;
					====
					ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;
					====
					CREATE TABLE shipments (id bigint, order_id bigint);
					CREATE INDEX ON shipments (order_id);
					"""));

			assertThat(findings).singleElement().satisfies((finding) -> {
				assertThat(finding.ruleId()).isEqualTo("add-required-column");
				assertThat(finding.message()).contains("about 5,000 rows");
			});
		}
	}

	@Test
	void readsThePrimaryAndUniqueKeysThatMatchOneRow(TestDatabase database) throws SQLException {
		// NULLS NOT DISTINCT is PostgreSQL 15's; before, a plain UNIQUE makes the same
		// key
		boolean nullsNotDistinct = Integer.parseInt(database.value("SHOW server_version_num")) >= 150000;
		database.execute(
				"CREATE TABLE properties (name_ varchar(64) PRIMARY KEY, value_ text, rev_ int, "
						+ "tenant text, code text, UNIQUE (tenant, code) INCLUDE (rev_), UNIQUE "
						+ (nullsNotDistinct ? "NULLS NOT DISTINCT " : "") + "(rev_))",
				"CREATE UNIQUE INDEX properties_value ON properties (value_) WHERE value_ IS NOT NULL",
				"CREATE UNIQUE INDEX properties_lower_code ON properties (lower(code))",
				"CREATE INDEX properties_tenant ON properties (tenant)");

		try (Connection connection = database.dataSource().getConnection()) {
			Catalog catalog = JdbcCatalog.read(connection, null);

			assertThat(catalog.table(TableName.of("properties")))
				.hasValueSatisfying((table) -> assertThat(table.uniqueKeys()).containsExactlyInAnyOrder(Set.of("name_"),
						Set.of("tenant", "code"), Set.of("rev_")));
		}
	}

	@Test
	void anUpdateByPrimaryKeyOfALiveTableIsBoundedAndOneByAnyOtherColumnIsNot(TestDatabase database)
			throws SQLException {
		database.execute(
				"CREATE TABLE act_ge_property (NAME_ varchar(64) PRIMARY KEY, VALUE_ varchar(300), " + "REV_ integer)",
				"INSERT INTO act_ge_property VALUES ('schema.version', '6.0.0.0', 1)");
		int serverVersion = Integer.parseInt(database.value("SHOW server_version_num"));

		try (Connection connection = database.dataSource().getConnection()) {
			Linter linter = new Linter(JdbcCatalog.read(connection, null), serverVersion);
			List<LintFinding> findings = linter.lint(LintFixture.migrations("""
					update ACT_GE_PROPERTY set VALUE_ = '6.1.0.0' where NAME_ = 'schema.version';
					====
					update ACT_GE_PROPERTY set REV_ = 2 where VALUE_ = '6.1.0.0';
					"""));

			assertThat(findings).singleElement().satisfies((finding) -> {
				assertThat(finding.ruleId()).isEqualTo("batch-large-update");
				assertThat(finding.script()).startsWith("20260502_01");
			});
		}
	}

}
