package dev.migrations.internal.discovery;

import java.util.Objects;

/**
 * A {@code -- migrate:<name> <argument>} line other than the section markers, such as
 * {@code -- migrate:allow rename-column the view shim covers it}. The features that read
 * a directive parse its argument; discovery only checks that the name is known.
 *
 * @param name the directive's name ({@code allow}, {@code batch}, {@code phase})
 * @param argument the rest of the line, trimmed (may be empty)
 * @param line the 1-based line in the file
 * @param placement where in the file it stands
 */
public record Directive(String name, String argument, int line, Placement placement) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value is {@code null}
	 */
	public Directive {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(argument, "argument");
		Objects.requireNonNull(placement, "placement");
	}

	/**
	 * Where a directive stands.
	 */
	public enum Placement {

		/** Before the first section: it applies to the whole file. */
		HEADER,

		/** In the up section: it applies to the statement that follows it. */
		UP,

		/** In the down section: it applies to the statement that follows it. */
		DOWN

	}

}
