package dev.migrations.internal.discovery;

import java.util.List;
import java.util.Objects;

import dev.migrations.Version;

/**
 * A migration file (or pair of {@code .up.sql}/{@code .down.sql} files), read: its name,
 * its sections' text, its directives and the checksum of its up section. The sections are
 * split into statements only when asked for ({@link #up()}, {@link #down()},
 * {@link #parse()}), once: an applied migration is compared by its checksum alone.
 * <p>
 * Thread-safe.
 */
public final class MigrationScript {

	private final Version version;

	private final String description;

	private final String script;

	private final SectionSource up;

	private final SectionSource down;

	private final String checksum;

	private final List<Directive> directives;

	private final boolean flyway;

	MigrationScript(Names names, SectionSource up, SectionSource down, String checksum, List<Directive> directives,
			boolean flyway) {
		this.version = Objects.requireNonNull(names.version(), "version");
		this.description = Objects.requireNonNull(names.description(), "description");
		this.script = Objects.requireNonNull(names.script(), "script");
		this.up = Objects.requireNonNull(up, "up");
		this.down = down;
		this.checksum = Objects.requireNonNull(checksum, "checksum");
		this.directives = List.copyOf(directives);
		this.flyway = flyway;
	}

	/**
	 * The version.
	 * @return the version from the name
	 */
	public Version version() {
		return this.version;
	}

	/**
	 * The description.
	 * @return the description from the name, underscores turned into spaces
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The file name.
	 * @return the name (of the up file, for a pair)
	 */
	public String script() {
		return this.script;
	}

	/**
	 * The up section, split into statements (on first call).
	 * @return the section
	 * @throws dev.migrations.ScriptException if it does not split, or holds no statement
	 */
	public Section up() {
		return this.up.section();
	}

	/**
	 * The down section, split into statements (on first call).
	 * @return the section, or {@code null} when the migration is marked irreversible
	 * @throws dev.migrations.ScriptException if it does not split
	 */
	public Section down() {
		return (this.down != null) ? this.down.section() : null;
	}

	/**
	 * Splits both sections now, so that a file that cannot run fails before anything
	 * does.
	 * @return this migration
	 * @throws dev.migrations.ScriptException if a section does not split
	 */
	public MigrationScript parse() {
		up();
		down();
		return this;
	}

	/**
	 * The up section's text, without splitting it.
	 * @return the text, as in the file
	 */
	public String upText() {
		return this.up.text();
	}

	/**
	 * The down section's text, without splitting it.
	 * @return the text, or {@code null} when the migration is marked irreversible
	 */
	public String downText() {
		return (this.down != null) ? this.down.text() : null;
	}

	/**
	 * Where the down section starts.
	 * @return the 1-based file line (1 when irreversible)
	 */
	public int downLine() {
		return (this.down != null) ? this.down.firstLine() : 1;
	}

	/**
	 * The checksum.
	 * @return the SHA-256 (hex) of the up section, line endings normalised
	 */
	public String checksum() {
		return this.checksum;
	}

	/**
	 * The directives.
	 * @return the {@code -- migrate:…} directives other than the section markers, in file
	 * order
	 */
	public List<Directive> directives() {
		return this.directives;
	}

	/**
	 * Flyway's checksum of a Flyway-named file ({@code V…__…sql}).
	 * @return the checksum, or {@code null} for a file of this engine's format
	 */
	public Integer flywayChecksum() {
		return this.flyway ? FlywayChecksum.of(this.up.text()) : null;
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
	 * Whether the migration has a down section.
	 * @return {@code false} when it is marked irreversible
	 */
	public boolean reversible() {
		return this.down != null;
	}

	@Override
	public String toString() {
		return this.script;
	}

	/**
	 * What a migration's name says.
	 *
	 * @param version the version
	 * @param description the description
	 * @param script the file name
	 */
	record Names(Version version, String description, String script) {
	}

}
