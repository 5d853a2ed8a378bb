package dev.migrations.internal.sql;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of SQL text for {@link StatementSplitterPropertyTest}. Every fragment is
 * lexically complete, and the contents of each quoting form are drawn from pieces that
 * cannot close it early: semicolons, the other quote characters and comment markers, but
 * never its own closing delimiter.
 */
final class Fragments {

	private Fragments() {
	}

	/**
	 * A statement: a fragment that is not a comment, then any fragments, with whitespace
	 * between them.
	 */
	static Arbitrary<String> statement() {
		Arbitrary<String> rest = Combinators.combine(separator(), fragment())
			.as(String::concat)
			.list()
			.ofMaxSize(6)
			.map((parts) -> String.join("", parts));
		return Combinators.combine(token(), rest).as(String::concat);
	}

	/**
	 * A SQL-standard function whose {@code BEGIN ATOMIC} body holds statements, some with
	 * {@code CASE … END}.
	 */
	static Arbitrary<String> routine() {
		Arbitrary<String> inner = Arbitraries.oneOf(statement().map((s) -> "SELECT " + s),
				token().map((t) -> "SELECT CASE WHEN " + t + " THEN 1 ELSE 2 END"));
		Arbitrary<String> header = Arbitraries.of("CREATE FUNCTION", "create or replace function", "CREATE PROCEDURE",
				"CREATE OR REPLACE PROCEDURE");
		return Combinators.combine(header, inner.list().ofMinSize(1).ofMaxSize(3))
			.as((h, body) -> h + " f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  " + String.join(";\n  ", body)
					+ ";\nEND");
	}

	/**
	 * What may come before a statement: nothing, whitespace, or comments.
	 */
	static Arbitrary<String> leading() {
		return Arbitraries.oneOf(Arbitraries.just(""), whitespace(),
				Combinators.combine(comment(), whitespace()).as(String::concat));
	}

	/**
	 * A semicolon and whitespace, sometimes followed by an empty statement.
	 */
	static Arbitrary<String> terminator() {
		Arbitrary<String> empty = Arbitraries.of("", "", ";", "; ;\n");
		return Combinators.combine(whitespace(), empty).as((ws, e) -> ";" + ws + e);
	}

	private static Arbitrary<String> fragment() {
		return Arbitraries.oneOf(token(), comment(), parenthesized());
	}

	private static Arbitrary<String> token() {
		return Arbitraries.oneOf(word(), Arbitraries.integers().between(0, 99999).map(String::valueOf),
				Arbitraries.integers().between(1, 99).map((n) -> "$" + n), Arbitraries.of("=", "<>", "::", ",", "+"),
				plainString(), escapeString(), unicodeString(), quotedIdentifier(), dollarQuoted(),
				taggedDollarQuoted());
	}

	private static Arbitrary<String> word() {
		// Starts with w so that it is never CREATE, BEGIN, CASE, END or COPY
		return Arbitraries.strings()
			.withCharRange('a', 'z')
			.withCharRange('0', '9')
			.withChars('_', '$')
			.ofMaxLength(6)
			.map((s) -> "w" + s);
	}

	private static Arbitrary<String> parenthesized() {
		// psql does not end a statement at a semicolon inside parentheses
		return Arbitraries.of(";", " ; ", ",")
			.list()
			.ofMinSize(1)
			.ofMaxSize(3)
			.map((parts) -> "(w" + String.join("w", parts) + "w)");
	}

	private static Arbitrary<String> plainString() {
		return quoted("'", "'", "a", ";", "''", "\\", " ", "\n", "--", "/*", "\"", "$$", "é", "😀");
	}

	private static Arbitrary<String> escapeString() {
		return Arbitraries.of("E'", "e'")
			.flatMap((open) -> quoted(open, "'", "a", ";", "\\'", "\\\\", "''", "\\n", "\n", "--", "/*", "\"", "$$"));
	}

	private static Arbitrary<String> unicodeString() {
		return quoted("U&'", "'", "a", ";", "''", "\\0061", "--", "\"");
	}

	private static Arbitrary<String> quotedIdentifier() {
		return quoted("\"", "\"", "a", ";", "\"\"", "'", "--", "/*", " ", "$$", "\\");
	}

	private static Arbitrary<String> dollarQuoted() {
		// No piece starts or ends with $, so that $$ never appears inside
		return quoted("$$", "$$", "a", ";", "'", "\"", "x$y", "--", "/*", "*/", "\n", " ");
	}

	private static Arbitrary<String> taggedDollarQuoted() {
		// The pieces have no t, so that $tag$ never appears inside
		Arbitrary<String> tag = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(4).map((s) -> "t" + s);
		return tag.flatMap((t) -> quoted("$" + t + "$", "$" + t + "$", "x", ";", "$$", "'", "\"", "\n", "--", "/*"));
	}

	private static Arbitrary<String> comment() {
		return Arbitraries.oneOf(lineComment(), blockComment(2));
	}

	private static Arbitrary<String> lineComment() {
		return quoted("--", "\n", "x", ";", "'", "\"", "$$", "/*", "*/", " ");
	}

	private static Arbitrary<String> blockComment(int depth) {
		List<String> pieces = List.of("x", ";", "'", "\"", "$$", "--", " ", "\n");
		Arbitrary<String> piece = (depth == 0) ? Arbitraries.of(pieces) : Arbitraries.frequencyOf(
				Tuple.of(4, Arbitraries.of(pieces)), Tuple.of(1, Arbitraries.lazy(() -> blockComment(depth - 1))));
		return piece.list().ofMaxSize(6).map((parts) -> "/*" + String.join("", parts) + "*/");
	}

	private static Arbitrary<String> quoted(String open, String close, String... pieces) {
		return Arbitraries.of(pieces).list().ofMaxSize(6).map((parts) -> open + String.join("", parts) + close);
	}

	private static Arbitrary<String> separator() {
		return Arbitraries.of(" ", "\n", "\t", "\r\n", "  ", "\r");
	}

	private static Arbitrary<String> whitespace() {
		return Arbitraries.of("", " ", "\n", "\r\n", "\n\n\t", "\r");
	}

}
