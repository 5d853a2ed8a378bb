package dev.migrations.verify;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Verifier verify} found: one entry per pending migration it verified, in
 * version order. Verification stops at the first failure; the versions after it are
 * listed as not verified. Plain values, so that a JSON mapper can write it as it is.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param database the database verified ({@code current_database()})
 * @param schemas the schemas compared
 * @param migrations the migrations verified, in version order
 * @param notVerified the pending versions left unverified after a failure
 */
public record VerifyReport(String database, List<String> schemas, List<VerifiedMigration> migrations,
		List<String> notVerified) {

	/**
	 * Validates and copies the values.
	 * @throws NullPointerException if a value is null
	 */
	public VerifyReport {
		Objects.requireNonNull(database, "database");
		schemas = List.copyOf(schemas);
		migrations = List.copyOf(migrations);
		notVerified = List.copyOf(notVerified);
	}

	/**
	 * Whether every migration verified or is irreversible (reported, not failed).
	 * @return {@code true} when nothing failed, also when nothing was pending
	 */
	public boolean passed() {
		return failure().isEmpty();
	}

	/**
	 * The migration that failed, if one did.
	 * @return the failed migration (verification stops at the first)
	 */
	public Optional<VerifiedMigration> failure() {
		return this.migrations.stream().filter((migration) -> migration.outcome().isFailure()).findFirst();
	}

	/**
	 * The migrations with no down section.
	 * @return the irreversible migrations, in version order
	 */
	public List<VerifiedMigration> irreversible() {
		return this.migrations.stream()
			.filter((migration) -> migration.outcome() == VerifyOutcome.IRREVERSIBLE)
			.toList();
	}

	/**
	 * The report as text: a summary line, then a small table per migration (up time, down
	 * time, reversible, rows before and after per table, locks, schema differences).
	 * @return the text, lines ending in {@code \n}
	 */
	public String toText() {
		return ReportText.of(this);
	}

	/**
	 * Throws when verification failed.
	 * @return this report when it passed
	 * @throws VerifyException carrying this report, when a migration failed
	 */
	public VerifyReport orThrow() {
		if (!passed()) {
			throw new VerifyException(this);
		}
		return this;
	}

}
