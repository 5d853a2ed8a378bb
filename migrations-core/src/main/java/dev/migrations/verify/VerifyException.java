package dev.migrations.verify;

import dev.migrations.MigrationException;

/**
 * Verification failed: a migration's up, down or second up failed, or its down did not
 * put the schema back. The message names the migration and lists the differences; the
 * whole {@link #getReport() report} comes with it.
 */
public class VerifyException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final transient VerifyReport report;

	/**
	 * Creates the exception of a failed report.
	 * @param report the report, with at least one failed migration
	 * @throws IllegalArgumentException if the report passed
	 */
	public VerifyException(VerifyReport report) {
		super(message(report));
		this.report = report;
	}

	private static String message(VerifyReport report) {
		VerifiedMigration failed = report.failure()
			.orElseThrow(() -> new IllegalArgumentException(
					"The report of database " + report.database() + " passed: there is no failure to throw"));
		StringBuilder message = new StringBuilder("Verify failed on database ").append(report.database())
			.append(" at ")
			.append(failed.script())
			.append(": ")
			.append(failed.outcome().description().replaceFirst("^FAILED: ", ""));
		failed.differences().forEach((difference) -> message.append("\n  ").append(difference.line()));
		if (failed.problem() != null) {
			message.append("\n  ").append(failed.problem());
		}
		return message.toString();
	}

	/**
	 * The report, for the details of every migration verified.
	 * @return the report
	 */
	public VerifyReport getReport() {
		return this.report;
	}

}
