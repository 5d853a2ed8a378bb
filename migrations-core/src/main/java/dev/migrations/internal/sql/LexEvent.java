package dev.migrations.internal.sql;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JDK Flight Recorder event for one pass of the lexer over a text: which file, from
 * which line, how many characters. Disabled unless a recording asks for
 * {@code dev.migrations.Lex}, so it costs nothing otherwise; with it, a profile shows how
 * often migration text is lexed (each statement once, when its section is split).
 * <p>
 * Not thread-safe: an instance records one pass.
 */
@Name("dev.migrations.Lex")
@Label("SQL Lexed")
@Category("Migrations")
@Description("One pass of the SQL lexer over a migration text")
@StackTrace(false)
final class LexEvent extends jdk.jfr.Event {

	@Label("Source")
	@Description("The file (or other source) the text comes from")
	String source;

	@Label("First Line")
	@Description("The 1-based line of the file where the text begins")
	int firstLine;

	@Label("Characters")
	@Description("The length of the text")
	int characters;

	/**
	 * Records a pass over a text, if a recording wants it.
	 * @param source the file name
	 * @param firstLine the line where the text begins
	 * @param characters the text's length
	 */
	static void lexed(String source, int firstLine, int characters) {
		LexEvent event = new LexEvent();
		if (event.shouldCommit()) {
			event.source = source;
			event.firstLine = firstLine;
			event.characters = characters;
			event.commit();
		}
	}

}
