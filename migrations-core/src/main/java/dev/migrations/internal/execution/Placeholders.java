package dev.migrations.internal.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.ScriptException;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.SqlStatement;
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
			for (int start : matches(statement.sql())) {
				Matcher matcher = PLACEHOLDER.matcher(statement.sql());
				matcher.find(start);
				String name = matcher.group(1);
				if (!this.values.containsKey(name) && !name.equals("flyway:filename")) {
					int[] at = position(statement, start);
					throw new ScriptException(script, at[0], at[1],
							"unknown placeholder ${" + name + "}; give it a value " + "with migrations.placeholders."
									+ name + ", or set migrations.placeholder-replacement=false");
				}
			}
		}
	}

	/**
	 * Replaces the placeholders of a statement's text.
	 * @param script the file name (for {@code ${flyway:filename}})
	 * @param sql the text to send
	 * @return the text with values in place of placeholders
	 */
	String apply(String script, String sql) {
		if (!this.enabled || sql.indexOf("${") < 0) {
			return sql;
		}
		List<Integer> starts = matches(sql);
		StringBuilder result = new StringBuilder(sql.length());
		int last = 0;
		Matcher matcher = PLACEHOLDER.matcher(sql);
		for (int start : starts) {
			matcher.find(start);
			String name = matcher.group(1);
			String value = name.equals("flyway:filename") ? script : this.values.get(name);
			result.append(sql, last, start).append((value != null) ? value : matcher.group());
			last = matcher.end();
		}
		return result.append(sql, last, sql.length()).toString();
	}

	private List<Integer> matches(String sql) {
		List<Integer> starts = new ArrayList<>();
		if (sql.indexOf("${") < 0) {
			return starts;
		}
		List<Token> protectedTokens = this.outsideQuotesOnly ? quoted(sql) : List.of();
		Matcher matcher = PLACEHOLDER.matcher(sql);
		while (matcher.find()) {
			int start = matcher.start();
			if (protectedTokens.stream()
				.noneMatch((token) -> token.startOffset() <= start && start < token.endOffset())) {
				starts.add(start);
			}
		}
		return starts;
	}

	private static List<Token> quoted(String sql) {
		return new SqlLexer().tokenize("statement", sql, 1)
			.stream()
			.filter((token) -> token.kind() == TokenKind.STRING || token.kind() == TokenKind.DOLLAR_STRING
					|| token.kind() == TokenKind.QUOTED_IDENTIFIER || token.kind() == TokenKind.COMMENT)
			.toList();
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
