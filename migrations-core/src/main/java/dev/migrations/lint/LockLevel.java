package dev.migrations.lint;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's table-level lock modes, weakest first, with the conflicts of the
 * PostgreSQL manual's "Conflicting Lock Modes" table. A statement that takes a mode waits
 * for, and then blocks, every transaction holding or requesting a conflicting one.
 * <p>
 * Thread-safe (an enum).
 */
public enum LockLevel {

	/** Taken by {@code SELECT}; conflicts only with ACCESS EXCLUSIVE. */
	ACCESS_SHARE("ACCESS SHARE", 0b1000_0000),

	/** Taken by {@code SELECT … FOR UPDATE/SHARE}. */
	ROW_SHARE("ROW SHARE", 0b1100_0000),

	/** Taken by {@code INSERT}, {@code UPDATE}, {@code DELETE}. */
	ROW_EXCLUSIVE("ROW EXCLUSIVE", 0b1111_0000),

	/**
	 * Taken by {@code VACUUM}, {@code ANALYZE}, {@code CREATE INDEX CONCURRENTLY},
	 * {@code VALIDATE CONSTRAINT}: reads and writes go on.
	 */
	SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", 0b1111_1000),

	/** Taken by {@code CREATE INDEX}: reads go on, writes wait. */
	SHARE("SHARE", 0b1110_1100),

	/**
	 * Taken by {@code CREATE TRIGGER} and {@code ADD FOREIGN KEY}: reads go on, writes
	 * wait.
	 */
	SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", 0b1111_1100),

	/**
	 * Taken by {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}: only plain reads go on.
	 */
	EXCLUSIVE("EXCLUSIVE", 0b1111_1110),

	/**
	 * Taken by most {@code ALTER TABLE} forms, {@code DROP}, {@code TRUNCATE}: nothing
	 * goes on.
	 */
	ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", 0b1111_1111);

	private final String sqlName;

	private final int conflicts;

	LockLevel(String sqlName, int conflicts) {
		this.sqlName = sqlName;
		this.conflicts = conflicts;
	}

	/**
	 * The name as PostgreSQL writes it, such as {@code ACCESS EXCLUSIVE}.
	 * @return the name
	 */
	public String sqlName() {
		return this.sqlName;
	}

	/**
	 * Whether this mode and another cannot be held on one table by two transactions.
	 * @param other the other mode
	 * @return {@code true} if they conflict (the relation is symmetric)
	 * @throws NullPointerException if other is null
	 */
	public boolean conflictsWith(LockLevel other) {
		// bit n of the mask stands for the mode of ordinal n
		return (this.conflicts & (1 << other.ordinal())) != 0;
	}

	/**
	 * Whether plain {@code SELECT}s of the table wait while this mode is held (or
	 * queued).
	 * @return {@code true} for ACCESS EXCLUSIVE only
	 */
	public boolean blocksReads() {
		return conflictsWith(ACCESS_SHARE);
	}

	/**
	 * Whether {@code INSERT}, {@code UPDATE} and {@code DELETE} wait while this mode is
	 * held (or queued).
	 * @return {@code true} for SHARE and stronger
	 */
	public boolean blocksWrites() {
		return conflictsWith(ROW_EXCLUSIVE);
	}

	/**
	 * What the application notices while this mode is held, for messages.
	 * @return such as {@code blocks reads and writes}
	 */
	public String impact() {
		if (blocksReads()) {
			return "blocks reads and writes";
		}
		if (blocksWrites()) {
			return "blocks writes";
		}
		return "blocks schema changes, not reads or writes";
	}

	/**
	 * The stronger of two modes, in the order of this enum.
	 * @param other the other mode, or {@code null}
	 * @return the stronger one (this, when other is null)
	 */
	public LockLevel max(@Nullable LockLevel other) {
		return (other == null || compareTo(other) >= 0) ? this : other;
	}

	@Override
	public String toString() {
		return this.sqlName;
	}

}
