package dev.migrations;

/**
 * Undo reached a migration declared {@code -- migrate:down irreversible}. Nothing from
 * that migration on was undone.
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
		super(script + ": migration " + version + " is marked '-- migrate:down irreversible' and cannot be undone; "
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
