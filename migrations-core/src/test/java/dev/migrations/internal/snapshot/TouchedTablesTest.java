package dev.migrations.internal.snapshot;

import java.util.List;
import java.util.Set;

import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.sql.StatementSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables a migration names, read from its statements' descriptions.
 */
class TouchedTablesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					ALTER TABLE orders ADD COLUMN tracking_number varchar(100)                 | orders
					ALTER TABLE IF EXISTS ONLY public.orders ALTER COLUMN x SET NOT NULL       | public.orders
					ALTER TABLE legacy_events RENAME TO _legacy_events_deprecated              | legacy_events,_legacy_events_deprecated
					ALTER TABLE users RENAME COLUMN name TO full_name                          | users
					UPDATE orders SET tracking_number = 'UNKNOWN' WHERE id BETWEEN 1 AND 100   | orders
					INSERT INTO "Orders" (id) VALUES (1)                                       | "Orders"
					DELETE FROM ONLY orders WHERE id = 1                                       | orders
					MERGE INTO orders o USING incoming i ON o.id = i.id WHEN MATCHED THEN DELETE | orders
					CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_id ON orders (customer_id) | orders
					CREATE UNIQUE INDEX ON ONLY orders (id)                                    | orders
					DROP TABLE IF EXISTS a, b                                                  | a,b
					CREATE UNLOGGED TABLE IF NOT EXISTS t (id int REFERENCES users (id))       | t,users
					TRUNCATE TABLE a, b                                                        | a,b
					COMMENT ON TABLE orders IS 'every order'                                   | orders
					LOCK TABLE orders IN SHARE MODE                                            | orders
					DO $$ BEGIN UPDATE orders SET status = 'archived'; END $$                  | orders
					DO $body$ BEGIN DELETE FROM $x$ignored$x$; END $body$                      | ''
					""")
	void findsTheTablesAStatementNames(String sql, String tables) {
		List<String> expected = tables.isEmpty() ? List.of() : List.of(tables.split(","));

		assertThat(tables(sql)).containsExactlyElementsOf(expected);
	}

	@Test
	void readsNoNameInStringsOrComments() {
		assertThat(tables("SELECT 'UPDATE orders SET x = 1'; -- DELETE FROM users\n/* DROP TABLE t */")).isEmpty();
	}

	@Test
	void readsEveryStatementOfASection() {
		assertThat(tables("ALTER TABLE users ADD COLUMN full_name varchar(200);\n"
				+ "UPDATE users SET full_name = name;\nINSERT INTO audit (what) VALUES ('full_name');"))
			.containsExactly("users", "audit");
	}

	@Test
	void findsNothingInNoSql() {
		assertThat(TouchedTables.in(null)).isEmpty();
		assertThat(tables("DO $$ SELECT 'unterminated $$")).isEmpty();
	}

	private static Set<String> tables(String sql) {
		return TouchedTables.in(new Section(sql, 1, new StatementSplitter().split("test.sql", sql, 1)));
	}

}
