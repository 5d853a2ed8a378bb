package dev.migrations.internal.lint;

import java.util.List;

import dev.migrations.lint.LintFinding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two assertions every rule table makes: a case fires its rule, or it does not.
 */
final class RuleCases {

	private RuleCases() {
	}

	static void assertFires(String rule, int serverVersion, String sql) {
		List<LintFinding> findings = LintFixture.findings(rule, serverVersion, sql);
		assertThat(findings).as("%s on %d for%n%s", rule, serverVersion, sql).isNotEmpty();
		assertThat(findings).allSatisfy((finding) -> {
			assertThat(finding.message()).isNotBlank();
			assertThat(finding.alternative()).isNotBlank();
			assertThat(finding.suppressed()).isFalse();
		});
	}

	static void assertQuiet(String rule, int serverVersion, String sql) {
		assertThat(LintFixture.findings(rule, serverVersion, sql)).as("%s on %d for%n%s", rule, serverVersion, sql)
			.isEmpty();
	}

}
