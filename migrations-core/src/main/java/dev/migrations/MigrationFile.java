package dev.migrations;

import java.util.Objects;

/**
 * One file a {@link MigrationSource} holds: its name (which says what it is, such as
 * {@code 20260501_01_add_phone.sql}), where it was found, and its bytes. Files whose name
 * does not end in {@code .sql} are ignored.
 * <p>
 * Treat it as immutable: the engine never changes the bytes, and a source should hand out
 * an array of its own.
 *
 * @param name the file name, without folders
 * @param path where it was found (a path or URL), for messages
 * @param content the file's bytes, UTF-8
 */
public record MigrationFile(String name, String path, byte[] content) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value is {@code null}
	 */
	public MigrationFile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(content, "content");
	}

	/**
	 * Whether the engine reads this file: its name ends in {@code .sql}.
	 * @return whether it is an SQL file
	 */
	public boolean isSql() {
		return this.name.endsWith(".sql");
	}

	@Override
	public String toString() {
		return this.path;
	}

}
