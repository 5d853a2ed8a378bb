package dev.migrations.internal.lint;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code -- migrate:allow <rule-id> <reason>}: on the line before a statement or in the
 * header, for every rule; without a reason, or naming an unknown rule, it is an error and
 * silences nothing.
 */
class SuppressionTest {

	/**
	 * For each rule: statements before the flagged one, the flagged statement, the server
	 * version.
	 */
	private static final Map<String, Example> EXAMPLES = Map
		.ofEntries(example("index-concurrently", "", "CREATE INDEX i ON orders (status);"),
				example("drop-index-concurrently", "", "DROP INDEX idx_orders_status;"),
				example("reindex-concurrently", "", "REINDEX TABLE orders;"),
				example("concurrently-alone", "SELECT 1;",
						"CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (status);"),
				example("add-required-column", "", "ALTER TABLE orders ADD COLUMN x text NOT NULL;"),
				example("add-column-volatile-default", "",
						"ALTER TABLE orders ADD COLUMN t uuid DEFAULT gen_random_uuid();"),
				example("add-column-rewrite", "", "ALTER TABLE orders ADD COLUMN s bigserial;"),
				example("set-not-null", "", "ALTER TABLE orders ALTER COLUMN note SET NOT NULL;"),
				example("check-not-valid", "", "ALTER TABLE orders ADD CONSTRAINT c CHECK (amount > 0);"),
				example("fk-not-valid", "", "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES users (id);"),
				example("validate-separately", "ALTER TABLE orders ADD CONSTRAINT c CHECK (amount > 0) NOT VALID;",
						"ALTER TABLE orders VALIDATE CONSTRAINT c;"),
				example("unique-via-index", "", "ALTER TABLE users ADD UNIQUE (email);"),
				example("change-column-type", "", "ALTER TABLE orders ALTER COLUMN code TYPE bigint;"),
				example("rename-column", "", "ALTER TABLE users RENAME COLUMN name TO full_name;"),
				example("rename-table", "", "ALTER TABLE orders RENAME TO purchases;"),
				example("drop-column", "", "ALTER TABLE users DROP COLUMN phone;"),
				example("drop-table", "", "DROP TABLE legacy_events;"),
				example("batch-large-update", "", "UPDATE users SET full_name = name;"),
				example("one-strong-lock", "ALTER TABLE orders ADD COLUMN a text;",
						"ALTER TABLE users ADD COLUMN b text;"),
				example("no-transaction-control", "", "COMMIT;"),
				example("lone-dollar", "", "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $ SELECT 1 $;"),
				example("enum-value-in-tx", "SELECT 1;", "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'x';"),
				example("rewrite-maintenance", "", "VACUUM FULL orders;"),
				example("prefer-robust", "", "CREATE INDEX CONCURRENTLY i ON orders (status);"),
				example("type-hygiene", "", "CREATE TABLE t (payload json);"));

	private static Map.Entry<String, Example> example(String rule, String before, String flagged) {
		int version = rule.equals("enum-value-in-tx") ? LintFixture.PG11 : LintFixture.PG17;
		return Map.entry(rule, new Example(before, flagged, version));
	}

	static Stream<Arguments> rules() {
		return EXAMPLES.keySet().stream().sorted().map(Arguments::of);
	}

	private static List<LintFinding> findings(String rule, String header, String allow) {
		Example example = EXAMPLES.get(rule);
		String text = header + "-- migrate:up\n" + example.before() + "\n" + allow + "\n" + example.flagged()
				+ "\n-- migrate:down irreversible\n";
		return LintFixture.lint(example.version(), text);
	}

	@Test
	void everyRuleHasAnExample() {
		assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(Linter.ruleIds());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void theExampleFiresWithoutAnAllow(String rule) {
		assertThat(findings(rule, "", "")).filteredOn((finding) -> finding.ruleId().equals(rule))
			.isNotEmpty()
			.allSatisfy((finding) -> assertThat(finding.suppressed()).isFalse());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void anAllowWithAReasonOnTheLineBeforeSuppressesAndKeepsTheFinding(String rule) {
		List<LintFinding> findings = findings(rule, "", "-- migrate:allow " + rule + " reviewed with the DBA on call");

		assertThat(findings).filteredOn((finding) -> finding.ruleId().equals(rule))
			.isNotEmpty()
			.allSatisfy((finding) -> {
				assertThat(finding.suppressed()).isTrue();
				assertThat(finding.suppressionReason()).isEqualTo("reviewed with the DBA on call");
				assertThat(finding.blocking()).isFalse();
			});
		assertThat(findings).noneMatch((finding) -> finding.ruleId().startsWith("allow-"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void aFileWideAllowInTheHeaderSuppresses(String rule) {
		List<LintFinding> findings = findings(rule, "-- migrate:allow " + rule + "   the table is tiny\n", "");

		assertThat(findings).filteredOn((finding) -> finding.ruleId().equals(rule))
			.isNotEmpty()
			.allSatisfy((finding) -> assertThat(finding.suppressionReason()).isEqualTo("the table is tiny"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void anAllowWithoutAReasonIsAnErrorAndSuppressesNothing(String rule) {
		List<LintFinding> findings = findings(rule, "", "-- migrate:allow " + rule);

		assertThat(findings).filteredOn((finding) -> finding.ruleId().equals(rule))
			.isNotEmpty()
			.noneMatch(LintFinding::suppressed);
		assertThat(findings).filteredOn((finding) -> finding.ruleId().equals("allow-needs-reason"))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(LintSeverity.ERROR);
				assertThat(finding.blocking()).isTrue();
				assertThat(finding.message()).contains(rule, "no reason");
			});
	}

	@Test
	void anAllowNamingAnUnknownRuleIsAnError() {
		List<LintFinding> findings = LintFixture
			.lint("-- migrate:allow index-concurently typo in the id\nCREATE INDEX i ON orders (status);");

		assertThat(findings).extracting(LintFinding::ruleId)
			.containsExactlyInAnyOrder("allow-unknown-rule", "index-concurrently");
		assertThat(findings).filteredOn((finding) -> finding.ruleId().equals("allow-unknown-rule"))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.line()).isEqualTo(2);
				assertThat(finding.message()).contains("'index-concurently'", "index-concurrently");
			});
	}

	@Test
	void anAllowAppliesOnlyToTheStatementRightAfterIt() {
		List<LintFinding> findings = LintFixture.lint("""
				-- migrate:allow index-concurrently orders is small here

				-- the index for the report
				CREATE INDEX a ON orders (status);
				CREATE INDEX b ON orders (note);
				""");

		assertThat(findings).filteredOn((finding) -> finding.ruleId().equals("index-concurrently"))
			.extracting(LintFinding::line, LintFinding::suppressed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5, true),
					org.assertj.core.groups.Tuple.tuple(6, false));
	}

	@Test
	void anAllowWithSqlBetweenItAndTheStatementAppliesToNothing() {
		List<LintFinding> findings = LintFixture.lint("""
				-- migrate:allow index-concurrently orders is small here
				SELECT 1;
				CREATE INDEX a ON orders (status);
				""");

		assertThat(findings).filteredOn((finding) -> finding.ruleId().equals("index-concurrently"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.suppressed()).isFalse());
	}

	private record Example(String before, String flagged, int version) {
	}

}
