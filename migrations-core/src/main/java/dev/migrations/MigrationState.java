package dev.migrations;

/**
 * The state of one migration, as {@link Migrator#status()} sees it.
 */
public enum MigrationState {

	/** Applied, and its file still has the checksum it was applied with. */
	APPLIED,

	/** Not applied yet, and newer than every applied migration. */
	PENDING,

	/**
	 * Not applied yet, but older than the newest applied migration: migrate refuses it
	 * unless out-of-order migrations are allowed.
	 */
	OUT_OF_ORDER,

	/**
	 * A non-transactional migration that stopped part-way: some of its statements ran.
	 * The next migrate resumes at the statement that failed.
	 */
	PARTIAL,

	/** Applied, but its file has been edited since: the checksums differ. */
	CHANGED,

	/** Applied, but its file is no longer among the locations. */
	MISSING_FILE,

	/**
	 * A contract-phase migration ({@code -- migrate:phase contract}) that is not applied
	 * and is held until contract migrations are enabled
	 * ({@code migrations.contract.enabled=true}).
	 */
	HELD

}
