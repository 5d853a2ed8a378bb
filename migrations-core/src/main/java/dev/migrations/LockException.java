package dev.migrations;

/**
 * The migration lock could not be taken in time, or was lost during a run (its connection
 * died). Nothing was applied after the lock was lost.
 */
public class LockException extends MigrationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with a complete message.
	 * @param message what happened, who holds the lock, and the property to raise
	 */
	public LockException(String message) {
		super(message);
	}

}
