package dev.migrations.internal.sql;

import java.util.List;
import java.util.SplittableRandom;

import dev.migrations.testsupport.Generated;

import static dev.migrations.testsupport.Generated.joined;
import static dev.migrations.testsupport.Generated.pick;

/**
 * Generators of SQL text for {@link StatementSplitterPropertyTest}. Every fragment is
 * lexically complete, and the contents of each quoting form are drawn from pieces that
 * cannot close it early: semicolons, the other quote characters and comment markers, but
 * never its own closing delimiter.
 */
final class Fragments {

	private static final String WORD_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_$";

	private static final String[] BLOCK_COMMENT_PIECES = { "x", ";", "'", "\"", "$$", "--", " ", "\n" };

	private Fragments() {
	}

	/**
	 * A statement: a fragment that is not a comment, then any fragments, with whitespace
	 * between them.
	 * @param random the random numbers
	 * @return the statement, without a terminator
	 */
	static String statement(SplittableRandom random) {
		return token(random) + joined(random, 0, 6, (r) -> separator(r) + fragment(r));
	}

	/**
	 * A SQL-standard function whose {@code BEGIN ATOMIC} body holds statements, some with
	 * {@code CASE … END}.
	 * @param random the random numbers
	 * @return the routine, without a terminator
	 */
	static String routine(SplittableRandom random) {
		String header = pick(random, "CREATE FUNCTION", "create or replace function", "CREATE PROCEDURE",
				"CREATE OR REPLACE PROCEDURE");
		List<String> body = Generated.listOf(random, 1, 3, Fragments::routineStatement);
		return header + " f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  " + String.join(";\n  ", body) + ";\nEND";
	}

	private static String routineStatement(SplittableRandom random) {
		return random.nextBoolean() ? "SELECT " + statement(random)
				: "SELECT CASE WHEN " + token(random) + " THEN 1 ELSE 2 END";
	}

	/**
	 * What may come before a statement: nothing, whitespace, or comments.
	 * @param random the random numbers
	 * @return the text before a statement
	 */
	static String leading(SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> "";
			case 1 -> whitespace(random);
			default -> comment(random) + whitespace(random);
		};
	}

	/**
	 * A semicolon and whitespace, sometimes followed by an empty statement.
	 * @param random the random numbers
	 * @return the terminator
	 */
	static String terminator(SplittableRandom random) {
		return ";" + whitespace(random) + pick(random, "", "", ";", "; ;\n");
	}

	private static String fragment(SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> token(random);
			case 1 -> comment(random);
			default -> parenthesized(random);
		};
	}

	private static String token(SplittableRandom random) {
		return switch (random.nextInt(10)) {
			case 0 -> word(random);
			case 1 -> String.valueOf(Generated.between(random, 0, 99999));
			case 2 -> "$" + Generated.between(random, 1, 99);
			case 3 -> pick(random, "=", "<>", "::", ",", "+");
			case 4 -> plainString(random);
			case 5 -> escapeString(random);
			case 6 -> unicodeString(random);
			case 7 -> quotedIdentifier(random);
			case 8 -> dollarQuoted(random);
			default -> taggedDollarQuoted(random);
		};
	}

	private static String word(SplittableRandom random) {
		// Starts with w so that it is never CREATE, BEGIN, CASE, END or COPY
		return "w" + Generated.string(random, 6, WORD_CHARACTERS);
	}

	private static String parenthesized(SplittableRandom random) {
		// psql does not end a statement at a semicolon inside parentheses
		List<String> parts = Generated.listOf(random, 1, 3, (r) -> pick(r, ";", " ; ", ","));
		return "(w" + String.join("w", parts) + "w)";
	}

	private static String plainString(SplittableRandom random) {
		return quoted(random, "'", "'", "a", ";", "''", "\\", " ", "\n", "--", "/*", "\"", "$$", "é", "😀");
	}

	private static String escapeString(SplittableRandom random) {
		String open = pick(random, "E'", "e'");
		return quoted(random, open, "'", "a", ";", "\\'", "\\\\", "''", "\\n", "\n", "--", "/*", "\"", "$$");
	}

	private static String unicodeString(SplittableRandom random) {
		return quoted(random, "U&'", "'", "a", ";", "''", "\\0061", "--", "\"");
	}

	private static String quotedIdentifier(SplittableRandom random) {
		return quoted(random, "\"", "\"", "a", ";", "\"\"", "'", "--", "/*", " ", "$$", "\\");
	}

	private static String dollarQuoted(SplittableRandom random) {
		// No piece starts or ends with $, so that $$ never appears inside
		return quoted(random, "$$", "$$", "a", ";", "'", "\"", "x$y", "--", "/*", "*/", "\n", " ");
	}

	private static String taggedDollarQuoted(SplittableRandom random) {
		// The pieces have no t, so that $tag$ never appears inside
		String tag = "$t" + Generated.string(random, 4, "abcdefghijklmnopqrstuvwxyz") + "$";
		return quoted(random, tag, tag, "x", ";", "$$", "'", "\"", "\n", "--", "/*");
	}

	private static String comment(SplittableRandom random) {
		return random.nextBoolean() ? lineComment(random) : blockComment(random, 2);
	}

	private static String lineComment(SplittableRandom random) {
		return quoted(random, "--", "\n", "x", ";", "'", "\"", "$$", "/*", "*/", " ");
	}

	private static String blockComment(SplittableRandom random, int depth) {
		return "/*" + joined(random, 0, 6, (r) -> blockCommentPiece(r, depth)) + "*/";
	}

	private static String blockCommentPiece(SplittableRandom random, int depth) {
		// A nested comment one time in five, down to depth levels
		return (depth > 0 && random.nextInt(5) == 0) ? blockComment(random, depth - 1)
				: pick(random, BLOCK_COMMENT_PIECES);
	}

	private static String quoted(SplittableRandom random, String open, String close, String... pieces) {
		return open + joined(random, 0, 6, (r) -> pick(r, pieces)) + close;
	}

	private static String separator(SplittableRandom random) {
		return pick(random, " ", "\n", "\t", "\r\n", "  ", "\r");
	}

	private static String whitespace(SplittableRandom random) {
		return pick(random, "", " ", "\n", "\r\n", "\n\n\t", "\r");
	}

}
