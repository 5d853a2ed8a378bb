package dev.migrations.verify;

import dev.migrations.MigrationException;

/**
 * Verify refused to run: the database is not allowed and its name does not look like a
 * clone. Verify runs every pending migration's up, down and up again, so it is meant for
 * a copy of production, never production itself.
 */
public class VerifyRefusedException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final String database;

	private final String databasePattern;

	/**
	 * Creates the exception.
	 * @param database the name of the database refused
	 * @param databasePattern the pattern its name did not match
	 */
	public VerifyRefusedException(String database, String databasePattern) {
		super("Refusing to verify database '" + database + "': verify runs each pending migration's up, down "
				+ "and up again, so it is meant for a clone of production. Set migrations.verify.allow=true for this "
				+ "database, or verify a clone whose name matches migrations.verify.database-pattern ("
				+ databasePattern + ")");
		this.database = database;
		this.databasePattern = databasePattern;
	}

	/**
	 * The database refused.
	 * @return its name
	 */
	public String getDatabase() {
		return this.database;
	}

	/**
	 * The pattern the name did not match.
	 * @return the regular expression
	 */
	public String getDatabasePattern() {
		return this.databasePattern;
	}

}
