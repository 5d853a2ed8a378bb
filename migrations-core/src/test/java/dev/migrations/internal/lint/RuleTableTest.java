package dev.migrations.internal.lint;

import java.util.List;

import dev.migrations.lint.LintFinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two tables every rule test has: the unsafe forms each fire their rule (with a
 * message and a safe alternative, unsuppressed), the safe forms fire nothing. A rule test
 * extends this and gives its cases as static {@code firing()} and {@code quiet()}
 * methods, each argument being a rule, a server version and SQL.
 */
abstract class RuleTableTest {

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@MethodSource("firing")
	void flagsTheUnsafeForm(String rule, int serverVersion, String sql) {
		List<LintFinding> findings = LintFixture.findings(rule, serverVersion, sql);
		assertThat(findings).as("%s on %d for%n%s", rule, serverVersion, sql).isNotEmpty();
		assertThat(findings).allSatisfy((finding) -> {
			assertThat(finding.message()).isNotBlank();
			assertThat(finding.alternative()).isNotBlank();
			assertThat(finding.suppressed()).isFalse();
		});
	}

	@ParameterizedTest(name = "{0} on {1}: {2}")
	@MethodSource("quiet")
	void leavesTheSafeFormAlone(String rule, int serverVersion, String sql) {
		assertThat(LintFixture.findings(rule, serverVersion, sql)).as("%s on %d for%n%s", rule, serverVersion, sql)
			.isEmpty();
	}

}
