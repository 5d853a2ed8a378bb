package dev.migrations.internal.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Flyway's checksum of a SQL file, so that a file applied by Flyway is still checked
 * after the take-over: CRC32 over the file's lines, each without its line break, in
 * UTF-8, the byte order mark left out (it is stripped before this is called), taken as a
 * signed 32-bit integer as Flyway stores it. Computed on the file before placeholder
 * replacement, as Flyway does.
 */
public final class FlywayChecksum {

	private FlywayChecksum() {
	}

	/**
	 * Computes the checksum.
	 * @param text the file's text, decoded, without a byte order mark
	 * @return the checksum as Flyway records it
	 */
	public static int of(String text) {
		CRC32 crc = new CRC32();
		try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				crc.update(line.getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (int) crc.getValue();
	}

}
