package dev.migrations.internal.discovery;

import java.util.Objects;

import dev.migrations.JavaMigration;
import dev.migrations.ScriptException;
import dev.migrations.Version;

/**
 * A {@link JavaMigration} registered with the migrator, with what the history records of
 * it: its class name in place of a file name, and the checksum of
 * {@code className + ":" + version} (code cannot be checksummed, so only a renamed class
 * or a renumbered version counts as an edit). In place of a down section the history
 * holds the marker {@code -- migrate:java <class name>}, or nothing when the migration is
 * irreversible.
 *
 * @param migration the migration
 * @param script its class name, without the suffix of a generated subclass ({@code $$…}
 * of a proxy)
 * @param checksum the SHA-256 (hex) of {@code script + ":" + version}
 */
public record RegisteredJavaMigration(JavaMigration migration, String script, String checksum) {

	/** How the history's down_sql column marks a Java migration's down. */
	public static final String DOWN_MARKER = "-- migrate:java ";

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value is {@code null}
	 */
	public RegisteredJavaMigration {
		Objects.requireNonNull(migration, "migration");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(checksum, "checksum");
	}

	/**
	 * Reads a migration's identity.
	 * @param migration the migration
	 * @return the registered migration
	 * @throws ScriptException if its version is {@code null} or its description blank
	 */
	public static RegisteredJavaMigration of(JavaMigration migration) {
		String name = migration.getClass().getName();
		int generated = name.indexOf("$$");
		String script = (generated > 0) ? name.substring(0, generated) : name;
		Version version = migration.version();
		String description = migration.description();
		if (version == null || description == null || description.isBlank()) {
			throw new ScriptException(ScriptException.Kind.NAME, script, 0, 0,
					"a Java migration needs a version and a description, found " + version + " and '" + description
							+ "'");
		}
		return new RegisteredJavaMigration(migration, script, ScriptParser.checksum(script + ":" + version.text()));
	}

	/**
	 * Whether a history row's down_sql is a Java migration's marker.
	 * @param downSql the recorded down, or {@code null}
	 * @return whether it marks a Java migration
	 */
	public static boolean marks(String downSql) {
		return downSql != null && downSql.startsWith(DOWN_MARKER);
	}

	/**
	 * The version.
	 * @return the version
	 */
	public Version version() {
		return this.migration.version();
	}

	/**
	 * The description.
	 * @return the description
	 */
	public String description() {
		return this.migration.description();
	}

	/**
	 * Whether it runs in one transaction.
	 * @return whether it does
	 */
	public boolean transactional() {
		return this.migration.transactional();
	}

	/**
	 * What the history records in place of a down section.
	 * @return the marker, or {@code null} when the migration is irreversible
	 */
	public String downMarker() {
		return this.migration.reversible() ? DOWN_MARKER + this.script : null;
	}

}
