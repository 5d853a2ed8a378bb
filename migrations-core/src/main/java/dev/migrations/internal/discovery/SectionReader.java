package dev.migrations.internal.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.ScriptException;

/**
 * Finds the {@code -- migrate:up} and {@code -- migrate:down} sections of a migration
 * file. The markers are whole lines; before the first one only comments and blank lines
 * may stand. A down that cannot be written is declared with
 * {@code -- migrate:down irreversible} and must then be empty.
 */
final class SectionReader {

	private static final Pattern DIRECTIVE = Pattern.compile("^\\s*--\\s*migrate:(\\S*)\\s*(.*?)\\s*$");

	/**
	 * The directives other than the section markers; each feature parses its own
	 * argument.
	 */
	static final Set<String> DIRECTIVES = Set.of("allow", "batch", "phase");

	private final String script;

	private final String text;

	SectionReader(String script, String text) {
		this.script = script;
		this.text = text;
	}

	static boolean isIrreversibleMarker(String text) {
		for (String line : text.split("\\R")) {
			Matcher matcher = DIRECTIVE.matcher(line);
			if (matcher.matches()) {
				return matcher.group(1).equals("down") && matcher.group(2).equals("irreversible");
			}
			if (!line.isBlank()) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The directives of a file that has no sections (one half of a pair).
	 */
	static List<Directive> directives(String script, String text, Directive.Placement placement) {
		SectionReader reader = new SectionReader(script, text);
		List<Directive> directives = new ArrayList<>();
		int lineNumber = 0;
		int offset = 0;
		while (offset <= text.length()) {
			lineNumber++;
			int end = reader.lineEnd(offset);
			Matcher matcher = reader.commentLine(offset, end);
			if (matcher != null && matcher.matches() && !isMarker(matcher.group(1))) {
				directives.add(directive(script, matcher, lineNumber, placement));
			}
			if (end == text.length()) {
				break;
			}
			offset = reader.nextLineStart(end);
		}
		return directives;
	}

	/**
	 * A matcher of the directive pattern on a line that starts (after blanks) with
	 * {@code --}; {@code null} for any other line, which cannot be a directive, so that
	 * the pattern runs only on comment lines.
	 */
	private Matcher commentLine(int offset, int end) {
		int first = firstNonBlank(offset, end);
		boolean comment = first + 1 < end && this.text.charAt(first) == '-' && this.text.charAt(first + 1) == '-';
		return comment ? DIRECTIVE.matcher(this.text.substring(offset, end)) : null;
	}

	private int firstNonBlank(int offset, int end) {
		int i = offset;
		while (i < end && Character.isWhitespace(this.text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isMarker(String name) {
		return name.equals("up") || name.equals("down");
	}

	private static Directive directive(String script, Matcher matcher, int line, Directive.Placement placement) {
		String name = matcher.group(1);
		if (!DIRECTIVES.contains(name)) {
			throw new ScriptException(ScriptException.Kind.DIRECTIVE, script, line, 1,
					"unknown directive '-- migrate:" + name
							+ "'; known: '-- migrate:up', '-- migrate:down', '-- migrate:down irreversible', "
							+ "'-- migrate:allow <rule> <reason>', '-- migrate:batch …', '-- migrate:phase …'");
		}
		return new Directive(name, matcher.group(2), line, placement);
	}

	Sections read() {
		Marker up = null;
		Marker down = null;
		List<Directive> directives = new ArrayList<>();
		int lineNumber = 0;
		int offset = 0;
		while (offset < this.text.length()) {
			lineNumber++;
			int end = lineEnd(offset);
			int next = nextLineStart(end);
			Matcher matcher = commentLine(offset, end);
			if (matcher != null && matcher.matches() && !isMarker(matcher.group(1))) {
				Directive.Placement placement = (up == null && down == null) ? Directive.Placement.HEADER
						: (down == null || (up != null && up.line() > down.line())) ? Directive.Placement.UP
								: Directive.Placement.DOWN;
				directives.add(directive(this.script, matcher, lineNumber, placement));
			}
			else if (matcher != null && matcher.matches()) {
				Marker marker = marker(matcher, lineNumber, next);
				if (marker.up()) {
					up = unique(up, marker);
				}
				else {
					down = unique(down, marker);
				}
			}
			else if (up == null && down == null && matcher == null && firstNonBlank(offset, end) < end) {
				throw new ScriptException(ScriptException.Kind.SECTIONS, this.script, lineNumber, 1,
						"SQL before the '-- migrate:up' line; every statement belongs to the up or the down section");
			}
			offset = next;
		}
		return sections(up, down, directives);
	}

	private Marker marker(Matcher matcher, int lineNumber, int bodyStart) {
		String name = matcher.group(1);
		String argument = matcher.group(2);
		if (name.equals("up") && argument.isEmpty()) {
			return new Marker(true, false, lineNumber, bodyStart);
		}
		if (name.equals("down") && (argument.isEmpty() || argument.equals("irreversible"))) {
			return new Marker(false, !argument.isEmpty(), lineNumber, bodyStart);
		}
		throw new ScriptException(ScriptException.Kind.DIRECTIVE, this.script, lineNumber, 1,
				"unexpected text after '-- migrate:" + name + "': '" + argument
						+ "' (only '-- migrate:down irreversible' takes a word)");
	}

	private Marker unique(Marker existing, Marker marker) {
		if (existing != null) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, this.script, marker.line(), 1,
					"a second '-- migrate:" + (marker.up() ? "up" : "down") + "' section (the first is on line "
							+ existing.line() + ")");
		}
		return marker;
	}

	private Sections sections(Marker up, Marker down, List<Directive> directives) {
		if (up == null) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, this.script, 0, 0,
					"has no '-- migrate:up' section: start the file with a '-- migrate:up' line, the change below it, "
							+ "then a '-- migrate:down' line and its undo");
		}
		if (down == null) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, this.script, 0, 0,
					"has no '-- migrate:down' section: every migration needs its undo; if it truly cannot be undone, "
							+ "add the line '-- migrate:down irreversible'");
		}
		String upText = body(up, down);
		String downText = body(down, up);
		if (down.irreversible() && !downText.isBlank() && !onlyComments(downText)) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, this.script, down.line(), 1,
					"the down section is marked irreversible but contains SQL; remove the SQL or the word 'irreversible'");
		}
		return new Sections(upText, up.line() + 1, down.irreversible() ? "" : downText, down.line() + 1,
				down.irreversible(), List.copyOf(directives));
	}

	private String body(Marker marker, Marker other) {
		int end = (other.bodyStart() > marker.bodyStart()) ? lineStartOf(other) : this.text.length();
		return this.text.substring(marker.bodyStart(), Math.max(marker.bodyStart(), end));
	}

	private int lineStartOf(Marker marker) {
		int offset = 0;
		for (int line = 1; line < marker.line(); line++) {
			offset = nextLineStart(lineEnd(offset));
		}
		return offset;
	}

	private static boolean onlyComments(String text) {
		return text.lines().allMatch((line) -> line.isBlank() || line.strip().startsWith("--"));
	}

	private int lineEnd(int offset) {
		int end = offset;
		while (end < this.text.length() && this.text.charAt(end) != '\n' && this.text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	private int nextLineStart(int end) {
		if (end < this.text.length() && this.text.charAt(end) == '\r') {
			end++;
		}
		if (end < this.text.length() && this.text.charAt(end) == '\n') {
			end++;
		}
		return end;
	}

	private record Marker(boolean up, boolean irreversible, int line, int bodyStart) {
	}

	record Sections(String up, int upLine, String down, int downLine, boolean irreversible,
			List<Directive> directives) {
	}

}
