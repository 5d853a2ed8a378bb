package dev.migrations.internal.lint;

import java.util.stream.Stream;

import dev.migrations.lint.LintSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

import static dev.migrations.internal.lint.LintFixture.PG11;
import static dev.migrations.internal.lint.LintFixture.PG12;
import static dev.migrations.internal.lint.LintFixture.on;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * index-concurrently, drop-index-concurrently, reindex-concurrently.
 */
class IndexRulesTest extends RuleTableTest {

	static Stream<Arguments> firing() {
		return Stream.of(on("index-concurrently", "CREATE INDEX idx_orders_customer_id ON orders (customer_id)"),
				on("index-concurrently", "create unique index on public.orders (lower(status))"),
				on("index-concurrently", "CREATE INDEX IF NOT EXISTS idx ON ONLY \"orders\" USING btree (created_at)"),
				on("index-concurrently", "CREATE TABLE shipments (id bigint)\n====\nCREATE INDEX ON orders (status)"),
				on("drop-index-concurrently", "DROP INDEX idx_orders_status"),
				on("drop-index-concurrently", "DROP INDEX IF EXISTS public.idx_orders_status CASCADE"),
				on("drop-index-concurrently", "DROP INDEX idx_nobody_knows"),
				on("drop-index-concurrently",
						"CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_new ON orders (note)\n====\nDROP INDEX idx_new"),
				on("reindex-concurrently", "REINDEX INDEX idx_orders_status"),
				on("reindex-concurrently", "REINDEX TABLE orders"),
				on("reindex-concurrently", "REINDEX (VERBOSE) TABLE public.orders"),
				on("reindex-concurrently", "REINDEX SCHEMA public"));
	}

	static Stream<Arguments> quiet() {
		return Stream.of(
				on("index-concurrently", "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON orders (customer_id)"),
				on("index-concurrently",
						"CREATE TABLE shipments (id bigint, order_id bigint);\nCREATE INDEX idx_s ON shipments (order_id)"),
				on("index-concurrently", "CREATE TABLE shipments (id bigint)\n====\nCREATE INDEX ON shipments (id)"),
				on("index-concurrently", "CREATE TABLE public.shipments (id bigint);\nCREATE INDEX ON shipments (id)"),
				on("index-concurrently", "SELECT 'CREATE INDEX idx ON orders (id)'"),
				on("drop-index-concurrently", "DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status"),
				on("drop-index-concurrently",
						"CREATE TABLE shipments (id bigint);\nCREATE INDEX idx_s ON shipments (id);\nDROP INDEX idx_s"),
				on("drop-index-concurrently",
						"CREATE TABLE shipments (id bigint)\n====\n"
								+ "CREATE INDEX idx_s ON shipments (id)\n====\nDROP INDEX idx_s"),
				on("drop-index-concurrently", "COMMENT ON INDEX idx_orders_status IS 'DROP INDEX idx_orders_status'"),
				on("reindex-concurrently", "REINDEX INDEX CONCURRENTLY idx_orders_status"),
				on("reindex-concurrently", "REINDEX (CONCURRENTLY) TABLE orders"),
				on("reindex-concurrently", "REINDEX TABLE CONCURRENTLY orders"),
				on("reindex-concurrently", "CREATE TABLE shipments (id bigint)\n====\nREINDEX TABLE shipments"));
	}

	@Test
	void reindexWithoutConcurrentlyIsAnErrorFromPostgres12AndAWarningBefore() {
		assertThat(LintFixture.findings("reindex-concurrently", PG12, "REINDEX TABLE orders")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(LintSeverity.ERROR);
				assertThat(finding.alternative()).contains("REINDEX TABLE CONCURRENTLY orders");
			});
		assertThat(LintFixture.findings("reindex-concurrently", PG11, "REINDEX TABLE orders")).singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(LintSeverity.WARNING);
				assertThat(finding.alternative()).contains("needs PostgreSQL 12");
			});
	}

	@Test
	void namesTheLockTheTableAndTheEstimate() {
		assertThat(LintFixture.findings("index-concurrently", PG12, "CREATE INDEX i ON orders (status)"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("SHARE lock (blocks writes)",
					"existing table orders", "1,200,000 rows", "scans the whole table"));
		assertThat(LintFixture.findings("drop-index-concurrently", PG12, "DROP INDEX idx_orders_status"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.message()).contains("ACCESS EXCLUSIVE", "orders"));
	}

}
