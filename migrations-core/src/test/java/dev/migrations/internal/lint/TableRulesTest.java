package dev.migrations.internal.lint;

import java.util.stream.Stream;

import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.migrations.internal.lint.LintFixture.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * rewrite-maintenance, type-hygiene.
 */
class TableRulesTest extends RuleTableTest {

	static Stream<Arguments> firing() {
		return Stream.of(on("rewrite-maintenance", "VACUUM FULL orders"),
				on("rewrite-maintenance", "VACUUM (FULL, ANALYZE) users"),
				on("rewrite-maintenance", "CLUSTER orders USING idx_orders_status"),
				on("rewrite-maintenance", "VACUUM FULL"),
				on("rewrite-maintenance", "ALTER TABLE orders SET TABLESPACE fast_ssd"),
				on("type-hygiene", "CREATE TABLE t (id serial PRIMARY KEY)"),
				on("type-hygiene", "CREATE TABLE t (id bigint, customer_id integer REFERENCES users)"),
				on("type-hygiene", "ALTER TABLE users ADD COLUMN phone2 VARCHAR(30)"),
				on("type-hygiene", "CREATE TABLE t (happened_at timestamp)"),
				on("type-hygiene", "CREATE TABLE t (payload json)"),
				on("type-hygiene", "ALTER TABLE orders ALTER COLUMN note TYPE char(10)"),
				on("type-hygiene", "CREATE TABLE t (id bigint, order_ids int[])"),
				on("type-hygiene", "CREATE TABLE t (customer_id smallint[])"),
				on("type-hygiene", "CREATE TABLE t (tag_ids integer ARRAY)"),
				on("type-hygiene", "CREATE TABLE t (ids int4[][])"),
				on("type-hygiene", "CREATE TABLE t (seen_at timestamp[])"),
				on("type-hygiene", "CREATE TABLE t (docs json[])"),
				on("type-hygiene", "ALTER TABLE orders ADD COLUMN codes varchar(10)[]"));
	}

	static Stream<Arguments> quiet() {
		return Stream.of(on("rewrite-maintenance", "VACUUM orders"),
				on("rewrite-maintenance", "VACUUM (ANALYZE) orders"), on("rewrite-maintenance", "ANALYZE orders"),
				on("rewrite-maintenance", "VACUUM (FULL false) orders"),
				on("rewrite-maintenance", "CREATE TABLE shipments (id bigint)\n====\nVACUUM FULL shipments"),
				on("type-hygiene",
						"CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text, "
								+ "happened_at timestamptz, payload jsonb)"),
				on("type-hygiene", "CREATE TABLE t (quantity integer)"),
				on("type-hygiene", "ALTER TABLE orders ADD COLUMN remark text"),
				on("type-hygiene", "CREATE TABLE t (happened_at timestamp with time zone)"),
				on("type-hygiene", "CREATE TABLE t (v \"varchar\")"),
				on("type-hygiene", "CREATE TABLE t (counts int[])"),
				on("type-hygiene", "CREATE TABLE t (ids bigint[])"),
				on("type-hygiene", "CREATE TABLE t (tags text[], seen_at timestamptz[], docs jsonb ARRAY)"));
	}

	@Test
	void typeHygieneIsAWarningNamingTheBetterType() {
		assertThat(LintFixture.findings("type-hygiene", LintFixture.PG17,
				"CREATE TABLE t (id serial PRIMARY KEY, at timestamp, doc json)"))
			.extracting((finding) -> finding.severity() + " " + finding.alternative())
			.containsExactly("WARNING id bigint GENERATED ALWAYS AS IDENTITY.", "WARNING at timestamptz.",
					"WARNING doc jsonb.");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "id serial | 2,147,483,647", "id smallserial | 32,767", "customer_id integer | 2,147,483,647",
					"customer_id smallint | 32,767", "order_ids int[] | 2,147,483,647",
					"tag_ids smallint ARRAY | 32,767" })
	void typeHygieneNamesTheLimitOfEachIntegerType(String column, String limit) {
		assertThat(LintFixture.findings("type-hygiene", LintFixture.PG17, "CREATE TABLE t (" + column + ")"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("runs out at " + limit));
	}

	@Test
	void typeHygieneKeepsAnArrayAnArrayInTheBetterType() {
		assertThat(LintFixture.findings("type-hygiene", LintFixture.PG17,
				"CREATE TABLE t (order_ids integer[], seen_at timestamp[], docs json ARRAY, codes varchar(10)[])"))
			.extracting(LintFinding::alternative)
			.containsExactly("order_ids bigint[].", "seen_at timestamptz[].", "docs jsonb[].", "codes text[].");
	}

	@Test
	void typeHygieneAppliesToNewTablesToo() {
		assertThat(LintFixture.findings("type-hygiene", LintFixture.PG17,
				"CREATE TABLE shipments (id bigint)\n====\nALTER TABLE shipments ADD COLUMN label varchar(20)"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.severity()).isEqualTo(LintSeverity.WARNING));
	}

}
