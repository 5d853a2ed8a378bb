package dev.migrations.verify;

/**
 * How the verification of one migration ended.
 */
public enum VerifyOutcome {

	/**
	 * Up, down and up again ran, and the down put the schema back as it was before the
	 * up.
	 */
	VERIFIED(false, "verified"),

	/**
	 * The migration has no down section: it was applied, and reported, not failed.
	 */
	IRREVERSIBLE(false, "irreversible: applied, no down to check"),

	/** The down ran but left the schema different from before the up. */
	NOT_RESTORED(true, "FAILED: the down did not restore the schema"),

	/** The up failed; it was rolled back (or, in autocommit, left partial). */
	UP_FAILED(true, "FAILED: the up failed"),

	/** The down failed. */
	DOWN_FAILED(true, "FAILED: the down failed"),

	/** The down restored the schema, but applying the up again failed. */
	REDO_FAILED(true, "FAILED: the up failed when run again after the down");

	private final boolean failure;

	private final String description;

	VerifyOutcome(boolean failure, String description) {
		this.failure = failure;
		this.description = description;
	}

	/**
	 * Whether this outcome fails the verification (and stops it: later migrations are not
	 * verified).
	 * @return {@code true} for the failures
	 */
	public boolean isFailure() {
		return this.failure;
	}

	/**
	 * The outcome as the report states it.
	 * @return such as {@code verified}
	 */
	public String description() {
		return this.description;
	}

}
