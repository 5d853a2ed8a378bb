package dev.migrations.internal.sql.ddl;

/**
 * Whether PostgreSQL runs a statement inside a transaction block, or refuses with "cannot
 * run inside a transaction block" so that it must run alone, in autocommit.
 */
public enum TransactionBlock {

	/** It runs inside a transaction block. */
	ALLOWED,

	/**
	 * It is refused inside one, on every version (or the answer depends on options or on
	 * the catalog, and autocommit always works).
	 */
	REFUSED,

	/**
	 * It is refused inside one before PostgreSQL 12: {@code ALTER TYPE … ADD VALUE}
	 * (allowed since, though the new value is unusable until commit).
	 */
	REFUSED_BEFORE_PG12;

	private static final int PG12 = 120000;

	/**
	 * Whether a server refuses the statement inside a transaction block.
	 * @param serverVersionNum the server's {@code server_version_num}, such as
	 * {@code 170002}; a value of 0 or less is taken as an old version
	 * @return {@code true} if the statement must run in autocommit there
	 */
	public boolean refusedOn(int serverVersionNum) {
		return this == REFUSED || (this == REFUSED_BEFORE_PG12 && serverVersionNum < PG12);
	}

	/**
	 * The stricter of two needs, for a section of several statements.
	 * @param other the other need
	 * @return the one that refuses a transaction block on more versions
	 */
	public TransactionBlock max(TransactionBlock other) {
		return (other.ordinal() > ordinal()) ? other : this;
	}

}
