package dev.migrations.test;

import java.util.List;

import dev.migrations.lint.LockLevel;
import dev.migrations.verify.VerifiedMigration;
import dev.migrations.verify.VerifyReport;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link VerifyReport}. Each failure message names the migration and what
 * went wrong, followed by the whole report.
 * <p>
 * Not thread-safe, as AssertJ assertions are not.
 */
public final class VerifyReportAssert extends AbstractAssert<VerifyReportAssert, VerifyReport> {

	VerifyReportAssert(VerifyReport actual) {
		super(actual, VerifyReportAssert.class);
	}

	/**
	 * Asserts that every migration verified or is irreversible: no step failed and every
	 * down restored the schema.
	 * @return this
	 */
	public VerifyReportAssert hasPassed() {
		isNotNull();
		this.actual.failure()
			.ifPresent((failed) -> failWithMessage(
					"Expected every pending migration to pass verify, but %s failed: %s%s%n%n%s", failed.script(),
					failed.outcome().description(), details(failed), this.actual.toText()));
		return this;
	}

	/**
	 * Asserts that every migration verified: it passed, and no migration lacks a down.
	 * @return this
	 */
	public VerifyReportAssert isReversible() {
		hasPassed();
		List<String> irreversible = this.actual.irreversible().stream().map(VerifiedMigration::script).toList();
		if (!irreversible.isEmpty()) {
			failWithMessage("Expected every pending migration to be reversible, but %s %s no down section%n%n%s",
					String.join(", ", irreversible), (irreversible.size() == 1) ? "has" : "have", this.actual.toText());
		}
		return this;
	}

	/**
	 * Asserts that no migration's up took a lock stronger than a level on a table that
	 * existed before it (locks on tables it creates block nobody).
	 * @param level the strongest level allowed, such as
	 * {@link LockLevel#SHARE_UPDATE_EXCLUSIVE} (reads and writes go on)
	 * @return this
	 */
	public VerifyReportAssert takesNoLockStrongerThan(LockLevel level) {
		isNotNull();
		List<String> stronger = this.actual.migrations()
			.stream()
			.flatMap((migration) -> migration.locks()
				.stream()
				.filter((lock) -> !lock.newTable() && lock.level().compareTo(level) > 0)
				.map((lock) -> migration.script() + ": " + lock.describe()))
			.toList();
		if (!stronger.isEmpty()) {
			failWithMessage("Expected no lock stronger than %s on an existing table, but:%n  %s%n%n%s", level,
					String.join(System.lineSeparator() + "  ", stronger), this.actual.toText());
		}
		return this;
	}

	private static String details(VerifiedMigration failed) {
		StringBuilder details = new StringBuilder();
		failed.differenceLines().forEach((line) -> details.append(System.lineSeparator()).append("  ").append(line));
		if (failed.problem() != null) {
			details.append(System.lineSeparator()).append("  ").append(failed.problem());
		}
		return details.toString();
	}

}
