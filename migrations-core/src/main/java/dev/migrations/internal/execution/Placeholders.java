package dev.migrations.internal.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.ScriptException;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.sql.BatchPlaceholders;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.TextEdit;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * Replaces {@code ${name}} placeholders in SQL with configured values and Flyway's
 * built-in ones ({@code ${flyway:defaultSchema}}, {@code ${flyway:user}},
 * {@code ${flyway:database}}, {@code ${flyway:table}}, {@code ${flyway:timestamp}},
 * {@code ${flyway:filename}}). Everywhere, as Flyway does, or, when configured so, only
 * outside string literals, quoted identifiers, comments and dollar-quoted bodies.
 * Checksums are taken on the files before replacement, as Flyway's are, so changing a
 * value never makes an applied migration look edited. Thread-safe.
 */
final class Placeholders {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.:\\-]+)}");

	private final Map<String, String> values;

	private final boolean enabled;

	private final boolean outsideQuotesOnly;

	Placeholders(Map<String, String> configured, Map<String, String> builtIn, boolean enabled,
			boolean outsideQuotesOnly) {
		Map<String, String> values = new TreeMap<>(builtIn);
		values.putAll(configured);
		this.values = values;
		this.enabled = enabled;
		this.outsideQuotesOnly = outsideQuotesOnly;
	}

	/**
	 * Checks that every placeholder of a section has a value.
	 * @param script the file name
	 * @param section the section
	 * @throws ScriptException naming the file, line and column of the first unknown
	 * placeholder
	 */
	void check(String script, Section section) {
		if (!this.enabled) {
			return;
		}
		for (SqlStatement statement : section.statements()) {
			for (int start : matches(statement)) {
				Matcher matcher = PLACEHOLDER.matcher(statement.sql());
				matcher.find(start);
				String name = matcher.group(1);
				if (!this.values.containsKey(name) && !name.equals("flyway:filename")) {
					int[] at = position(statement, start);
					throw new ScriptException(ScriptException.Kind.PLACEHOLDER, script, at[0], at[1],
							"unknown placeholder ${" + name + "}; give it a value with the placeholders setting ("
									+ name + "), or set the placeholderReplacement setting to false");
				}
			}
		}
	}

	/**
	 * The text to send for a statement: its placeholders replaced by their values, and
	 * its batch placeholders ({@code :batch_start}…) by the batch's keys. Both are found
	 * on the statement's tokens, which the splitter kept.
	 * @param script the file name (for {@code ${flyway:filename}})
	 * @param statement the statement
	 * @param batch the batch placeholders' values, or none
	 * @return the text with values in place of placeholders
	 */
	String text(String script, SqlStatement statement, Map<String, Long> batch) {
		List<TextEdit> edits = new ArrayList<>(BatchPlaceholders.edits(statement, batch));
		if (this.enabled && statement.sql().indexOf("${") >= 0) {
			List<TextEdit> batchEdits = List.copyOf(edits);
			Matcher matcher = PLACEHOLDER.matcher(statement.sql());
			for (int start : matches(statement)) {
				matcher.find(start);
				String name = matcher.group(1);
				String value = name.equals("flyway:filename") ? script : this.values.get(name);
				TextEdit edit = new TextEdit(start, matcher.end(), (value != null) ? value : matcher.group());
				if (batchEdits.stream().noneMatch(edit::overlaps)) {
					edits.add(edit);
				}
			}
			edits.sort(Comparator.comparingInt(TextEdit::start));
		}
		return TextEdit.apply(statement.sql(), edits);
	}

	/**
	 * A whole file's text with its placeholders replaced as Flyway replaced them when it
	 * took the checksum of a repeatable migration: everywhere in the file, with Flyway's
	 * own history table as {@code ${flyway:table}}. Unknown placeholders stay as they
	 * are.
	 * @param script the file name (for {@code ${flyway:filename}})
	 * @param text the file's text
	 * @param flywayTable the name of Flyway's history table, unqualified
	 * @return the replaced text, or the text itself when replacement is off
	 */
	String asFlywayReplaced(String script, String text, String flywayTable) {
		if (!this.enabled || text.indexOf("${") < 0) {
			return text;
		}
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder replaced = new StringBuilder(text.length());
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = name.equals("flyway:filename") ? script
					: name.equals("flyway:table") ? flywayTable : this.values.get(name);
			matcher.appendReplacement(replaced, Matcher.quoteReplacement((value != null) ? value : matcher.group()));
		}
		matcher.appendTail(replaced);
		return replaced.toString();
	}

	private List<Integer> matches(SqlStatement statement) {
		String sql = statement.sql();
		List<Integer> starts = new ArrayList<>();
		if (sql.indexOf("${") < 0) {
			return starts;
		}
		Matcher matcher = PLACEHOLDER.matcher(sql);
		while (matcher.find()) {
			int start = matcher.start();
			if (!this.outsideQuotesOnly || !quoted(statement, start)) {
				starts.add(start);
			}
		}
		return starts;
	}

	/**
	 * Whether an offset of the statement's text is inside a string literal, a quoted
	 * identifier, a dollar-quoted body or a comment.
	 */
	private static boolean quoted(SqlStatement statement, int offset) {
		int at = offset + statement.startOffset();
		for (Token token : statement.tokens()) {
			if (token.startOffset() <= at && at < token.endOffset()) {
				TokenKind kind = token.kind();
				return kind == TokenKind.STRING || kind == TokenKind.DOLLAR_STRING
						|| kind == TokenKind.QUOTED_IDENTIFIER || kind == TokenKind.COMMENT;
			}
		}
		return false;
	}

	private static int[] position(SqlStatement statement, int offset) {
		int line = statement.line();
		int column = statement.column();
		for (int i = 0; i < offset; i++) {
			if (statement.sql().charAt(i) == '\n') {
				line++;
				column = 1;
			}
			else {
				column++;
			}
		}
		return new int[] { line, column };
	}

}
