package dev.migrations.internal.lint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.migrations.lint.LintFinding;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The guide's batched {@code DO} loop, as it is written (with a lone {@code $}) and as it
 * was meant ({@code $$}), on a real server and through the linter.
 */
@ExtendWith(PostgresExtension.class)
class DoBlockTest {

	private static final String GUIDE = """
			-- Batch update in chunks of 10,000
			DO $
			DECLARE
			  batch_size INT := 10000;
			  last_id    BIGINT := 0;
			  max_id     BIGINT;
			BEGIN
			  SELECT MAX(id) INTO max_id FROM orders;
			  WHILE last_id < max_id LOOP
			    UPDATE orders
			    SET    status = 'archived'
			    WHERE  id BETWEEN last_id + 1 AND last_id + batch_size
			      AND  created_at < '2024-01-01';
			    last_id := last_id + batch_size;
			    PERFORM pg_sleep(0.1);  -- brief pause between batches
			  END LOOP;
			END $;
			""";

	private static final String MEANT = GUIDE.replace("$", "$$");

	@Test
	void theGuidesLoneDollarIsNamedWherePostgresqlRefusesIt(TestDatabase database) {
		List<LintFinding> findings = LintFixture.lint(GUIDE);

		assertThat(findings).extracting((finding) -> finding.ruleId() + " " + finding.line() + ":" + finding.column())
			.containsExactly("lone-dollar 3:4", "lone-dollar 18:5");
		assertThat(findings.get(0).message()).startsWith("`$` alone is not a dollar quote: did you mean `$$`?");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> database.execute("CREATE TABLE orders (id bigint, status text, created_at date)",
					GUIDE.substring(GUIDE.indexOf("DO"))))
			.havingRootCause()
			.withMessageContaining("syntax error at or near \"$\"");
	}

	@Test
	void theGuidesBatchedLoopIsFlaggedAtItsUpdateWithTheBatchedDirective() {
		List<LintFinding> findings = LintFixture.findings("batch-large-update", LintFixture.PG17, MEANT);

		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.line()).isEqualTo(11);
			assertThat(finding.column()).isEqualTo(5);
			assertThat(finding.message()).contains("runs in a loop inside one DO block", "one transaction");
			assertThat(finding.alternative()).contains("-- migrate:batch table=orders key=id",
					"UPDATE orders SET … WHERE id BETWEEN :batch_start AND :batch_end");
		});
	}

	@Test
	void theGuidesBatchedLoopHoldsTheFirstBatchsRowLocksUntilTheBlockEnds(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (id bigint PRIMARY KEY, status text, created_at date)",
				"INSERT INTO orders SELECT g, 'new', '2023-01-01' FROM generate_series(1, 30) g");
		String block = MEANT.substring(MEANT.indexOf("DO"))
			.replace("batch_size INT := 10000", "batch_size INT := 10")
			.replace("PERFORM pg_sleep(0.1);", "")
			.replace("  END LOOP;", "  END LOOP;\n  PERFORM pg_advisory_lock(4242);");
		try (Connection latch = database.dataSource().getConnection()) {
			execute(latch, "SELECT pg_advisory_lock(4242)");
			CompletableFuture<Void> run = CompletableFuture.runAsync(() -> database.execute(block));
			awaitWaitingOnTheLatch(database);

			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> database.execute("SET lock_timeout = '100ms'",
						"UPDATE orders SET status = 'paid' WHERE id = 1"))
				.havingRootCause()
				.isInstanceOfSatisfying(SQLException.class, (ex) -> assertThat(ex.getSQLState()).isEqualTo("55P03"));
			execute(latch, "SELECT pg_advisory_unlock(4242)");
			run.get(30, TimeUnit.SECONDS);
		}
		assertThat(database.value("SELECT count(*) FROM orders WHERE status = 'archived'")).isEqualTo("30");
	}

	private static void awaitWaitingOnTheLatch(TestDatabase database) throws InterruptedException {
		for (int i = 0; i < 3000; i++) {
			if (!database.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
				.equals("0")) {
				return;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the DO block never reached its end");
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
