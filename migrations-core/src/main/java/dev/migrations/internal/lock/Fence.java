package dev.migrations.internal.lock;

/**
 * What makes a write of the history conditional on the migration lock: the lock's key and
 * the backend that holds it. A write guarded by {@link #condition()} changes nothing once
 * that backend has lost the lock (its connection died, or a pooler ended it), so a
 * migrator that lost its lock cannot record anything after another has taken over, even
 * between two liveness checks.
 *
 * @param key the advisory lock key
 * @param pid the backend process id holding the lock (the server's, not a pooler's)
 */
public record Fence(long key, int pid) {

	/**
	 * Validates the values.
	 * @param key the advisory lock key
	 * @param pid the holder's backend pid, positive
	 */
	public Fence {
		if (pid <= 0) {
			throw new IllegalArgumentException("pid must be positive, not " + pid);
		}
	}

	/**
	 * An SQL condition, true while the lock is granted to its backend in the current
	 * database. Only numbers are inlined: it needs no parameters.
	 * @return the condition, such as {@code EXISTS (SELECT 1 FROM pg_catalog.pg_locks …)}
	 */
	public String condition() {
		return "EXISTS (SELECT 1 FROM pg_catalog.pg_locks l WHERE " + sameLock(this.key) + " AND l.pid = " + this.pid
				+ ")";
	}

	/**
	 * The condition on {@code pg_locks l} that selects the granted lock of a key in the
	 * current database: advisory lock keys are the same in every database, so the
	 * database must be part of the match.
	 * @param key the advisory lock key
	 * @return the condition
	 */
	static String sameLock(long key) {
		return "l.locktype = 'advisory' AND l.granted AND l.classid::bigint = " + (key >>> 32)
				+ " AND l.objid::bigint = " + (key & 0xFFFFFFFFL) + " AND l.objsubid = 1"
				+ " AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = current_database())";
	}

}
