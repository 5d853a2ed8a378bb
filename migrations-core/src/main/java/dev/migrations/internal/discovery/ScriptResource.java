package dev.migrations.internal.discovery;

import java.util.Objects;

/**
 * The raw bytes of one file found in a location.
 *
 * @param name the file name, such as {@code 20260501_01_add_phone.sql}
 * @param path where it was found, for error messages (a path or URL)
 * @param content the file's bytes
 */
public record ScriptResource(String name, String path, byte[] content) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if any value is {@code null}
	 */
	public ScriptResource {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(content, "content");
	}

}
