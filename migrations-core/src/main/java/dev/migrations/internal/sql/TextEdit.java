package dev.migrations.internal.sql;

import java.util.List;
import java.util.Objects;

/**
 * A replacement of part of a statement's text, such as a placeholder by its value.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param start the offset of the first character replaced
 * @param end the offset just after the last character replaced
 * @param replacement what stands there instead
 */
public record TextEdit(int start, int end, String replacement) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if replacement is null
	 * @throws IllegalArgumentException if the range is negative or empty
	 */
	public TextEdit {
		Objects.requireNonNull(replacement, "replacement");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("An edit replaces at least one character, got " + start + " to " + end);
		}
	}

	/**
	 * Applies edits to a text.
	 * @param text the text
	 * @param edits the edits, in order, none overlapping another
	 * @return the edited text
	 */
	public static String apply(String text, List<TextEdit> edits) {
		if (edits.isEmpty()) {
			return text;
		}
		StringBuilder edited = new StringBuilder(text.length() + 16 * edits.size());
		int last = 0;
		for (TextEdit edit : edits) {
			edited.append(text, last, edit.start()).append(edit.replacement());
			last = edit.end();
		}
		return edited.append(text, last, text.length()).toString();
	}

	/**
	 * Whether this edit and another replace a common character.
	 * @param other the other edit
	 * @return {@code true} if their ranges overlap
	 */
	public boolean overlaps(TextEdit other) {
		return this.start < other.end && other.start < this.end;
	}

}
