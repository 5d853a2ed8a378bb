package dev.migrations.internal.sql;

/**
 * Finds where the lexical forms that need a closing delimiter end: quoted strings and
 * identifiers, dollar quotes and comments. Each method is given the offset where the
 * token starts (its opener, prefix included), returns the offset just after the token,
 * and reports a form that is never closed at its opener, as PostgreSQL does.
 * <p>
 * Instances are immutable and thread-safe.
 */
final class QuotedText {

	private final SourceText source;

	QuotedText(SourceText source) {
		this.source = source;
	}

	/**
	 * The end of a quoted string or identifier whose opening quote ({@code '} or
	 * {@code "}) is at {@code quote}. A doubled quote stands for one quote character.
	 * @param opener where the token starts, prefix included
	 * @param quote where the opening quote is
	 * @param backslashEscapes whether a backslash escapes the next character, as in
	 * {@code E'…'}
	 * @param problem what to report if the quote is never closed
	 * @return the offset just after the closing quote
	 * @throws dev.migrations.ScriptException if the quote is never closed
	 */
	int quotedEnd(int opener, int quote, boolean backslashEscapes, String problem) {
		char delimiter = this.source.at(quote);
		int i = quote + 1;
		while (i < this.source.length()) {
			char c = this.source.at(i);
			if (c == delimiter) {
				if (this.source.at(i + 1) != delimiter) {
					return i + 1;
				}
				i += 2;
			}
			else {
				i += (backslashEscapes && c == '\\') ? 2 : 1;
			}
		}
		throw this.source.error(opener, problem + ": no closing " + delimiter + " after the one opened here");
	}

	/**
	 * The end of a dollar-quoted string. The body is not lexed at all: only the same
	 * delimiter closes it, so a different tag inside (a nested function body, say) is
	 * plain text.
	 * @param opener where the opening delimiter starts
	 * @param delimiter the opening delimiter, such as {@code $$} or {@code $body$}
	 * @return the offset just after the closing delimiter
	 * @throws dev.migrations.ScriptException if the delimiter never occurs again
	 */
	int dollarQuotedEnd(int opener, String delimiter) {
		int closing = this.source.indexOf(delimiter, opener + delimiter.length());
		if (closing < 0) {
			throw this.source.error(opener,
					"unterminated dollar-quoted string: no closing " + delimiter + " after the one opened here");
		}
		return closing + delimiter.length();
	}

	/**
	 * The end of a {@code --} comment: the line break that ends it is not part of it.
	 * @param opener where the {@code --} is
	 * @return the offset of the line break, or the end of the text
	 */
	int lineCommentEnd(int opener) {
		return lineEnd(opener + 2);
	}

	/**
	 * The end of the line that an offset is on.
	 * @param from where to start looking
	 * @return the offset of the next line break, or the end of the text
	 */
	int lineEnd(int from) {
		int i = from;
		while (i < this.source.length() && this.source.at(i) != '\n' && this.source.at(i) != '\r') {
			i++;
		}
		return i;
	}

	/**
	 * The end of a block comment. Block comments nest in PostgreSQL (unlike the SQL
	 * standard's and Java's), so each {@code /*} inside needs its own {@code *}{@code /}.
	 * @param opener where the outermost {@code /*} is
	 * @return the offset just after the matching {@code *}{@code /}
	 * @throws dev.migrations.ScriptException if the comment is never closed
	 */
	int blockCommentEnd(int opener) {
		int depth = 1;
		int i = opener + 2;
		while (i < this.source.length()) {
			char c = this.source.at(i);
			char next = this.source.at(i + 1);
			if (c == '/' && next == '*') {
				depth++;
				i += 2;
			}
			else if (c == '*' && next == '/') {
				depth--;
				i += 2;
				if (depth == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		throw this.source.error(opener,
				"unterminated /* comment: no closing */ for the one opened here (block comments nest, so each"
						+ " inner /* needs its own */)");
	}

}
