package dev.migrations.verify;

import java.util.Objects;

import dev.migrations.MigrationException;
import org.jspecify.annotations.Nullable;

/**
 * Verification did not pass: {@link #getKind()} says whether it was {@link Kind#REFUSED
 * refused} (the database is not allowed and its name does not look like a clone, so
 * nothing ran) or {@link Kind#FAILED failed} (a migration's up, down or second up failed,
 * or its down did not put the schema back: the message names the migration and lists the
 * differences, and the whole {@link #getReport() report} comes with it).
 */
public class VerifyException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	private final String database;

	private final @Nullable String databasePattern;

	private final transient @Nullable VerifyReport report;

	/**
	 * Creates the exception of a failed report.
	 * @param report the report, with at least one failed migration
	 * @throws IllegalArgumentException if the report passed
	 */
	public VerifyException(VerifyReport report) {
		super(message(report));
		this.kind = Kind.FAILED;
		this.database = report.database();
		this.databasePattern = null;
		this.report = report;
	}

	private VerifyException(String database, String databasePattern) {
		super("Refusing to verify database '" + database + "': verify runs each pending migration's up, down "
				+ "and up again, so it is meant for a clone of production. Set the allow setting to true for this "
				+ "database, or verify a clone whose name matches the databasePattern setting (" + databasePattern
				+ ")");
		this.kind = Kind.REFUSED;
		this.database = database;
		this.databasePattern = databasePattern;
		this.report = null;
	}

	/**
	 * The exception of a database verify refuses to change.
	 * @param database the name of the database refused
	 * @param databasePattern the pattern its name did not match
	 * @return the exception
	 */
	public static VerifyException refused(String database, String databasePattern) {
		return new VerifyException(Objects.requireNonNull(database, "database"),
				Objects.requireNonNull(databasePattern, "databasePattern"));
	}

	private static String message(VerifyReport report) {
		VerifiedMigration failed = report.failure()
			.orElseThrow(() -> new IllegalArgumentException(
					"The report of database " + report.database() + " passed: there is no failure to throw"));
		StringBuilder message = new StringBuilder("Verify failed on database ").append(report.database())
			.append(" at ")
			.append(failed.script())
			.append(": ")
			.append(failed.outcome().description().replaceFirst("^FAILED: ", ""));
		failed.differences().forEach((difference) -> message.append("\n  ").append(difference.line()));
		if (failed.problem() != null) {
			message.append("\n  ").append(failed.problem());
		}
		return message.toString();
	}

	/**
	 * Whether verify refused to run or a migration failed it.
	 * @return the kind
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * The database verified or refused.
	 * @return its name
	 */
	public String getDatabase() {
		return this.database;
	}

	/**
	 * The pattern a refused database's name did not match.
	 * @return the regular expression, or {@code null} when verify ran and failed
	 */
	public @Nullable String getDatabasePattern() {
		return this.databasePattern;
	}

	/**
	 * The report of a failed verification, for the details of every migration verified.
	 * @return the report, or {@code null} when verify refused to run (or after this
	 * exception was serialized)
	 */
	public @Nullable VerifyReport getReport() {
		return this.report;
	}

	/**
	 * Why verification did not pass.
	 */
	public enum Kind {

		/**
		 * The database is not allowed ({@code allow}) and its name does not match
		 * {@code databasePattern}: nothing ran.
		 */
		REFUSED,

		/** A migration failed verification; the report says which and how. */
		FAILED

	}

}
