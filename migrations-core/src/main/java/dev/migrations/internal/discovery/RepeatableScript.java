package dev.migrations.internal.discovery;

import java.util.Objects;

/**
 * A repeatable migration ({@code R__<description>.sql}): applied after the versioned ones
 * whenever its checksum changes, in description order. Flyway's form is the whole file;
 * ours has the usual sections (only the up is run). Its statements are split only when it
 * is about to run.
 * <p>
 * Thread-safe.
 */
public final class RepeatableScript {

	private final String description;

	private final String script;

	private final SectionSource up;

	private final String checksum;

	private final String text;

	RepeatableScript(String description, String script, SectionSource up, String checksum, String text) {
		this.description = Objects.requireNonNull(description, "description");
		this.script = Objects.requireNonNull(script, "script");
		this.up = Objects.requireNonNull(up, "up");
		this.checksum = Objects.requireNonNull(checksum, "checksum");
		this.text = Objects.requireNonNull(text, "text");
	}

	/**
	 * The description.
	 * @return the description (its identity)
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The file name.
	 * @return the name
	 */
	public String script() {
		return this.script;
	}

	/**
	 * What to run, split on first call.
	 * @return the section
	 * @throws dev.migrations.ScriptException if it does not split
	 */
	public Section up() {
		return this.up.section();
	}

	/**
	 * The checksum.
	 * @return the SHA-256 of what to run
	 */
	public String checksum() {
		return this.checksum;
	}

	/**
	 * The whole file's text, as read.
	 * @return the text
	 */
	public String text() {
		return this.text;
	}

	/**
	 * Flyway's checksum of the whole file, to recognise a repeatable Flyway applied.
	 * @return the checksum
	 */
	public int flywayChecksum() {
		return FlywayChecksum.of(this.text);
	}

}
