package dev.migrations.faults;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Splitter fuzzing at full size: with {@code -Dfaults.full=true}, runs the splitter's
 * property tests ({@code StatementSplitterPropertyTest}: generated statements in every
 * quoting form and comment nesting, and arbitrary text) with at least 10,000 cases each,
 * whatever {@code -Dsplitter.cases} says (a larger value is kept). The normal build runs
 * that class itself, at its default 1000 cases, so here it is skipped.
 */
@Timeout(900)
class SplitterFuzzingFaultTest {

	private static final String PROPERTY_TESTS = "dev.migrations.internal.sql.StatementSplitterPropertyTest";

	private static final int FULL_CASES = 10_000;

	@Test
	void splitterPropertiesHoldForTenThousandCasesEach() {
		Assumptions.assumeTrue(SuiteSize.full(),
				"the normal build runs StatementSplitterPropertyTest at its default size; -Dfaults.full=true runs it here "
						+ "with " + FULL_CASES + " cases");
		String given = System.getProperty("splitter.cases");
		int cases = Math.max(FULL_CASES, (given != null) ? Integer.parseInt(given.strip()) : 0);
		System.setProperty("splitter.cases", String.valueOf(cases));
		try {
			TestExecutionSummary summary = run();
			StringWriter failures = new StringWriter();
			summary.printFailuresTo(new PrintWriter(failures), 20);
			System.out.printf("Splitter fuzzing: %d properties x %d cases, %d failed%n", summary.getTestsStartedCount(),
					cases, summary.getTotalFailureCount());
			assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
			assertThat(summary.getTestsSucceededCount()).as("properties checked").isGreaterThanOrEqualTo(3);
		}
		finally {
			if (given != null) {
				System.setProperty("splitter.cases", given);
			}
			else {
				System.clearProperty("splitter.cases");
			}
		}
	}

	private static TestExecutionSummary run() {
		LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
			.selectors(selectClass(PROPERTY_TESTS))
			.build();
		SummaryGeneratingListener listener = new SummaryGeneratingListener();
		LauncherFactory.create().execute(request, listener);
		return listener.getSummary();
	}

}
