package dev.migrations.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of migration files written by a test, used as a {@code filesystem:} location.
 *
 * @param path the folder
 */
public record ScriptFolder(Path path) {

	/**
	 * Writes a migration file with an up and a down section.
	 * @param name the file name
	 * @param up the up section
	 * @param down the down section
	 * @return this folder
	 */
	public ScriptFolder migration(String name, String up, String down) {
		return file(name, "-- migrate:up\n" + up + "\n\n-- migrate:down\n" + down + "\n");
	}

	/**
	 * Writes a file as it is.
	 * @param name the file name
	 * @param content the content
	 * @return this folder
	 */
	public ScriptFolder file(String name, String content) {
		return bytes(name, content.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes a file's bytes.
	 * @param name the file name
	 * @param content the bytes
	 * @return this folder
	 */
	public ScriptFolder bytes(String name, byte[] content) {
		try {
			Files.write(this.path.resolve(name), content);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Deletes a file.
	 * @param name the file name
	 * @return this folder
	 */
	public ScriptFolder delete(String name) {
		try {
			Files.delete(this.path.resolve(name));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The {@code filesystem:} location of this folder.
	 * @return the location
	 */
	public String location() {
		return "filesystem:" + this.path;
	}

}
