package dev.migrations.test;

import dev.migrations.verify.VerifyReport;

/**
 * The entry point of the migration assertions, AssertJ style.
 *
 * <pre class="code">
 * MigrationsAssertions.assertThat(report).isReversible();
 * </pre>
 */
public final class MigrationsAssertions {

	private MigrationsAssertions() {
	}

	/**
	 * Starts assertions on a verify report.
	 * @param report the report
	 * @return the assertions
	 */
	public static VerifyReportAssert assertThat(VerifyReport report) {
		return new VerifyReportAssert(report);
	}

}
