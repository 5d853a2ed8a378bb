package dev.migrations;

/**
 * Undo reached a migration declared {@code -- migrate:down irreversible} (or a
 * {@link JavaMigration} whose {@code reversible()} is {@code false}). Nothing from that
 * migration on was undone.
 */
public class IrreversibleMigrationException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final Version version;

	private final String script;

	/**
	 * Creates the exception.
	 * @param version the irreversible migration's version
	 * @param script its file name
	 */
	public IrreversibleMigrationException(Version version, String script) {
		this(version, script, "is marked '-- migrate:down irreversible'");
	}

	/**
	 * Creates the exception with the reason the migration cannot be undone.
	 * @param version the irreversible migration's version
	 * @param script its file name, or class name for a Java migration
	 * @param reason why, such as {@code is marked '-- migrate:down irreversible'}
	 */
	public IrreversibleMigrationException(Version version, String script, String reason) {
		super(script + ": migration " + version + " " + reason + " and cannot be undone; "
				+ "undo to a target at or above " + version + ", or restore from a backup");
		this.version = version;
		this.script = script;
	}

	/**
	 * The irreversible migration's version.
	 * @return the version
	 */
	public Version getVersion() {
		return this.version;
	}

	/**
	 * Its file name.
	 * @return the file name
	 */
	public String getScript() {
		return this.script;
	}

}
