package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.migrations.ScriptException;

/**
 * Text being lexed, with what is needed to report a place in it as a line and column of
 * its file: {@code \n}, {@code \r\n} and a lone {@code \r} each end a line.
 * <p>
 * Instances are immutable and thread-safe.
 */
final class SourceText {

	private final String script;

	private final String text;

	private final int firstLine;

	private final int[] lineStarts;

	SourceText(String script, String text, int firstLine) {
		this.script = script;
		this.text = text;
		this.firstLine = firstLine;
		this.lineStarts = lineStarts(text);
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	int length() {
		return this.text.length();
	}

	/**
	 * The character at an offset, or {@code '\0'} past either end, so that look-ahead
	 * needs no bounds checks.
	 */
	char at(int offset) {
		return (offset >= 0 && offset < this.text.length()) ? this.text.charAt(offset) : '\0';
	}

	int indexOf(String target, int from) {
		return this.text.indexOf(target, from);
	}

	String slice(int start, int end) {
		return this.text.substring(start, end);
	}

	Token token(TokenKind kind, int start, int end) {
		int index = lineIndex(start);
		int lineStart = this.lineStarts[index];
		// Columns count characters, so a character outside the BMP (two chars in Java)
		// counts once
		int column = this.text.codePointCount(lineStart, start) + 1;
		return new Token(kind, slice(start, end), start, end, this.firstLine + index, column);
	}

	ScriptException error(int offset, String problem) {
		return new ScriptException(ScriptException.Kind.SYNTAX, this.script, line(offset), column(offset), problem);
	}

	int line(int offset) {
		return this.firstLine + lineIndex(offset);
	}

	int column(int offset) {
		// Columns count characters, so a character outside the BMP (two chars in Java)
		// counts once
		return this.text.codePointCount(this.lineStarts[lineIndex(offset)], offset) + 1;
	}

	private int lineIndex(int offset) {
		int found = Arrays.binarySearch(this.lineStarts, offset);
		return (found >= 0) ? found : -found - 2;
	}

}
