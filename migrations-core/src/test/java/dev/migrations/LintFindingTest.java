package dev.migrations;

import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.MigrationPlan;
import dev.migrations.lint.TableLock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The lint finding value: validation, suppression, and the one-line form.
 */
class LintFindingTest {

	private static LintFinding finding() {
		return new LintFinding("index-concurrently", LintSeverity.ERROR, "20260504_01_index.sql", 3, 1,
				"CREATE INDEX without CONCURRENTLY holds a SHARE lock.", "CREATE INDEX CONCURRENTLY …", false, null);
	}

	@Test
	void printsAsFileLineColumnRuleAndMessage() {
		assertThat(finding().format()).isEqualTo("20260504_01_index.sql:3:1: index-concurrently: error: "
				+ "CREATE INDEX without CONCURRENTLY holds a SHARE lock. Instead: CREATE INDEX CONCURRENTLY …");
	}

	@Test
	void aSuppressedFindingKeepsItsReasonAndNoLongerBlocks() {
		LintFinding suppressed = finding().suppress("the table has 12 rows");

		assertThat(finding().blocking()).isTrue();
		assertThat(suppressed.blocking()).isFalse();
		assertThat(suppressed.format()).endsWith("(suppressed: the table has 12 rows)");
	}

	@Test
	void refusesASuppressionWithoutAReasonAndAReasonWithoutASuppression() {
		assertThatIllegalArgumentException().isThrownBy(() -> finding().suppress(" "));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LintFinding("r", LintSeverity.WARNING, "a.sql", 1, 1, "m", "", false, "a reason"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LintFinding("r", LintSeverity.WARNING, "a.sql", -1, 1, "m", "", false, null));
	}

	@Test
	void aPlannedStatementReportsItsStrongestLock() {
		MigrationPlan.PlannedStatement statement = new MigrationPlan.PlannedStatement(2, 1, "ALTER TABLE …",
				java.util.List.of(new TableLock("public.orders", LockLevel.SHARE_ROW_EXCLUSIVE, false),
						new TableLock("public.users", LockLevel.ACCESS_EXCLUSIVE, false)),
				false, true);

		assertThat(statement.lockLevel()).contains(LockLevel.ACCESS_EXCLUSIVE);
		assertThat(statement.tables()).containsExactly("public.orders", "public.users");
		assertThat(statement.effect())
			.isEqualTo("SHARE ROW EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.users; scans the table");
	}

}
