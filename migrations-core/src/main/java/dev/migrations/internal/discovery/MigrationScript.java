package dev.migrations.internal.discovery;

import java.util.List;
import java.util.Objects;

import dev.migrations.Version;

/**
 * A parsed migration file (or pair of {@code .up.sql}/{@code .down.sql} files).
 *
 * @param version the version from the name
 * @param description the description from the name, underscores turned into spaces
 * @param script the file name (of the up file, for a pair)
 * @param up the up section
 * @param down the down section, or {@code null} when the migration is marked irreversible
 * @param checksum the SHA-256 (hex) of the up section, line endings normalised
 * @param directives the {@code -- migrate:…} directives other than the section markers,
 * in file order
 * @param flywayChecksum for a Flyway-named file ({@code V…__…sql}), Flyway's checksum of
 * it, else {@code null}
 */
public record MigrationScript(Version version, String description, String script, Section up, Section down,
		String checksum, List<Directive> directives, Integer flywayChecksum) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value other than down is {@code null}
	 */
	public MigrationScript {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(up, "up");
		Objects.requireNonNull(checksum, "checksum");
		directives = List.copyOf(directives);
	}

	/**
	 * Whether the migration is a contract-phase one ({@code -- migrate:phase contract}):
	 * it removes what old code still uses, so it is held until contract migrations are
	 * enabled.
	 * @return whether it is
	 */
	public boolean contract() {
		return directives("phase").stream().anyMatch((directive) -> directive.argument().equals("contract"));
	}

	/**
	 * The directives of a given name.
	 * @param name the name, such as {@code allow}
	 * @return those directives, in file order
	 */
	public List<Directive> directives(String name) {
		return this.directives.stream().filter((directive) -> directive.name().equals(name)).toList();
	}

	/**
	 * A migration in this engine's own format.
	 * @param version the version
	 * @param description the description
	 * @param script the file name
	 * @param up the up section
	 * @param down the down section, or {@code null} when irreversible
	 * @param checksum the up section's checksum
	 * @param directives the directives
	 */
	public MigrationScript(Version version, String description, String script, Section up, Section down,
			String checksum, List<Directive> directives) {
		this(version, description, script, up, down, checksum, directives, null);
	}

	/**
	 * Whether the migration has a down section.
	 * @return {@code false} when it is marked irreversible
	 */
	public boolean reversible() {
		return this.down != null;
	}

}
