package dev.migrations.internal.discovery;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.migrations.MigrationFile;
import dev.migrations.ScriptException;

/**
 * Decodes a migration file as strict UTF-8: a malformed byte is an error naming the file,
 * the line and the byte, never a replacement character that would run as SQL. A byte
 * order mark is dropped.
 */
final class ScriptDecoder {

	private ScriptDecoder() {
	}

	static String decode(MigrationFile resource) {
		byte[] content = resource.content();
		if (isAscii(content)) {
			// ASCII is valid UTF-8 as it is, and has no byte order mark
			return new String(content, StandardCharsets.US_ASCII);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(resource.content());
		try {
			String text = decoder.decode(bytes).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			int offset = bytes.position();
			throw new ScriptException(ScriptException.Kind.ENCODING, resource.name(),
					lineAt(resource.content(), offset), 0,
					"is not valid UTF-8 (bad byte 0x" + String.format("%02X", resource.content()[offset] & 0xFF)
							+ " at byte offset " + offset + "); save the file as UTF-8");
		}
	}

	private static boolean isAscii(byte[] content) {
		for (byte b : content) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static int lineAt(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < content.length; i++) {
			if (content[i] == '\n') {
				line++;
			}
		}
		return line;
	}

}
