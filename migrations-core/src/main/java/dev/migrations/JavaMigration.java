package dev.migrations;

import java.sql.SQLException;

/**
 * A migration written in Java rather than SQL, for changes SQL cannot express well (data
 * computed in code, calls to other systems, large backfills through
 * {@link JavaMigrationContext#batch}). Java migrations are ordered with the SQL files by
 * {@link #version()}; a version claimed by both a file and a Java migration is an error
 * naming both.
 * <p>
 * The history records a Java migration under its class name, with the checksum of
 * {@code className + ":" + version}: renaming the class of an applied migration counts as
 * an edit, but a change to its code cannot be detected. Nothing of the down is recorded
 * either: {@link #down} is code, so undoing an applied Java migration needs its class
 * registered with the {@link Migrator}.
 * <p>
 * A transactional migration (the default) runs in one transaction with its history
 * record, and is retried whole when it hits {@code lock_timeout}. A non-transactional one
 * runs in autocommit and is recorded as partial while it runs; after a crash the next
 * migrate calls {@link #up} again from the start, so write it to be idempotent, except
 * for its {@link JavaMigrationContext#batch batches}, which resume at the next batch.
 * Implementations are called from one thread at a time.
 */
public interface JavaMigration {

	/**
	 * The version, ordered with the versions of the SQL files.
	 * @return the version
	 */
	Version version();

	/**
	 * What the migration does, as a file name's description would say it.
	 * @return the description, not blank
	 */
	String description();

	/**
	 * Applies the migration.
	 * @param context the migration's connection and batch helper
	 * @throws SQLException if a statement fails; the engine reports it as a
	 * {@link MigrationException} naming this class
	 */
	void up(JavaMigrationContext context) throws SQLException;

	/**
	 * Undoes the migration. Not called when {@link #reversible()} is {@code false}.
	 * @param context the migration's connection and batch helper
	 * @throws SQLException if a statement fails
	 */
	void down(JavaMigrationContext context) throws SQLException;

	/**
	 * Whether {@link #down} can undo the migration; undo stops at one that cannot, as at
	 * an SQL file marked {@code -- migrate:down irreversible}.
	 * @return {@code true} by default
	 */
	default boolean reversible() {
		return true;
	}

	/**
	 * Whether {@link #up} (and {@link #down}) run in one transaction with the history
	 * change. Must be {@code false} for a migration that calls
	 * {@link JavaMigrationContext#batch}, since every batch commits on its own.
	 * @return {@code true} by default
	 */
	default boolean transactional() {
		return true;
	}

}
