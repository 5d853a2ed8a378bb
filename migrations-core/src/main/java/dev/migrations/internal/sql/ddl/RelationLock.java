package dev.migrations.internal.sql.ddl;

import java.util.Objects;

import dev.migrations.lint.LockLevel;

/**
 * A relation a statement touches and the lock it takes on it, as the statement reads: the
 * "Explicit Locking" and {@code ALTER TABLE} pages of the PostgreSQL manual. What the
 * statement does not say (the table an index belongs to, whether a table is new) is for
 * the reader of the lock to resolve against a catalog.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param relation the relation as written, identifiers folded
 * @param kind whether it names a table or an index
 * @param level the lock
 * @param created whether the statement creates the relation (so nobody else can be
 * waiting for it)
 */
public record RelationLock(TableName relation, Kind kind, LockLevel level, boolean created) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if relation, kind or level is null
	 */
	public RelationLock {
		Objects.requireNonNull(relation, "relation");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(level, "level");
	}

	/**
	 * What a relation is.
	 */
	public enum Kind {

		/**
		 * A table (or a view, a sequence, a materialized view: anything but an index).
		 */
		TABLE,

		/** An index itself. */
		INDEX,

		/**
		 * The table an index belongs to, named by the index: which table it is is for the
		 * catalog to say.
		 */
		TABLE_OF_INDEX

	}

}
