package dev.migrations;

import java.util.Objects;

/**
 * A migration file that cannot be used as it is: a name that does not parse, a missing
 * section, an unterminated quote or comment, invalid UTF-8, an unsupported psql command.
 * Nothing has run when this is thrown. The message reads
 * {@code script:line:column: problem}; line and column are 1-based and counted in the
 * file, or 0 when the problem concerns the file as a whole. {@link #getKind()} says what
 * went wrong, for callers that switch on it.
 */
public class ScriptException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final Kind kind;

	private final String script;

	private final int line;

	private final int column;

	/**
	 * Creates an exception for a problem at a place in a file.
	 * @param kind what went wrong
	 * @param script the file name (or names, for a problem between files)
	 * @param line the 1-based line, or 0 for the whole file
	 * @param column the 1-based column, or 0 for the whole line or file
	 * @param problem what is wrong, without the location
	 */
	public ScriptException(Kind kind, String script, int line, int column, String problem) {
		super(location(script, line, column) + problem);
		this.kind = Objects.requireNonNull(kind, "kind");
		this.script = script;
		this.line = line;
		this.column = column;
	}

	private static String location(String script, int line, int column) {
		StringBuilder location = new StringBuilder(script);
		if (line > 0) {
			location.append(':').append(line);
			if (column > 0) {
				location.append(':').append(column);
			}
		}
		return location.append(": ").toString();
	}

	/**
	 * What went wrong.
	 * @return the kind
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * The file name.
	 * @return the file name
	 */
	public String getScript() {
		return this.script;
	}

	/**
	 * The 1-based line in the file, or 0 when the problem concerns the whole file.
	 * @return the line
	 */
	public int getLine() {
		return this.line;
	}

	/**
	 * The 1-based column, or 0 when the problem concerns a whole line or file.
	 * @return the column
	 */
	public int getColumn() {
		return this.column;
	}

	/**
	 * The kinds of unusable file.
	 */
	public enum Kind {

		/**
		 * The file name does not parse (or a Java migration has no version or
		 * description): what the migration is cannot be told.
		 */
		NAME,

		/** The file is not valid UTF-8. */
		ENCODING,

		/**
		 * A section is missing, repeated, empty or misplaced: no {@code -- migrate:up},
		 * SQL before it, a {@code .up.sql} without its {@code .down.sql}, an undo file
		 * without its migration.
		 */
		SECTIONS,

		/** A {@code -- migrate:…} directive is unknown or misused. */
		DIRECTIVE,

		/**
		 * The SQL does not lex: an unterminated quote, quoted identifier, dollar quote or
		 * block comment.
		 */
		SYNTAX,

		/**
		 * A statement only psql can run: a meta-command ({@code \i}, {@code \copy}) or
		 * {@code COPY … FROM STDIN}.
		 */
		UNSUPPORTED,

		/**
		 * Two files (or a file and a Java migration) claim one version or description.
		 */
		DUPLICATE,

		/** A {@code ${name}} placeholder has no value. */
		PLACEHOLDER

	}

}
