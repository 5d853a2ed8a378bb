package dev.migrations;

import java.util.Objects;

/**
 * The migration lock could not be taken, or was lost during a run; {@link #getKind()}
 * says which, so that the advice fits: wait or allow a longer wait, look at what ends the
 * lock's connection, or give the pool room for the migrator's connections. Nothing was
 * applied after the lock was lost.
 */
public class LockException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	/**
	 * Creates an exception with a complete message.
	 * @param kind what happened
	 * @param message what happened, who holds the lock, and the setting to change
	 */
	public LockException(Kind kind, String message) {
		super(message);
		this.kind = Objects.requireNonNull(kind, "kind");
	}

	/**
	 * What happened.
	 * @return the kind
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * What happened to the lock.
	 */
	public enum Kind {

		/**
		 * Another migrator held the lock for longer than the lock wait timeout
		 * ({@code lockWaitTimeout}).
		 */
		TIMED_OUT,

		/**
		 * The lock's connection or transaction was ended during the run (by a pooler, an
		 * administrator or the network): another migrator may have taken over.
		 */
		LOST,

		/**
		 * The pool gave no connection in time: one to try the lock on, or, with the lock
		 * held, the run's work connection. The pool is too small for the migrator's two
		 * connections.
		 */
		NO_CONNECTION,

		/** The thread was interrupted while it waited for the lock. */
		INTERRUPTED

	}

}
