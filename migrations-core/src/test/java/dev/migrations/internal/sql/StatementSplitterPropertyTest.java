package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import dev.migrations.ScriptException;
import dev.migrations.testsupport.Generated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link StatementSplitter} and {@link SqlLexer} over generated scripts:
 * statements made of fragments in every quoting form, each hiding semicolons, quotes of
 * the other kinds and comment markers, see {@link Fragments}.
 * <p>
 * Each property checks 1000 cases drawn from a fixed seed; {@code -Dsplitter.cases=N}
 * raises (or lowers) that and {@code -Dsplitter.seed=S} (or {@code random}) changes the
 * seed, see {@link Generated}. A failure names the seed, the case and the text.
 */
class StatementSplitterPropertyTest {

	private static final String CASES = "splitter";

	/**
	 * What arbitrary text is made of: the characters that start or end quotes, comments
	 * and statements, some others, a surrogate pair and its halves alone.
	 */
	private static final String[] SQL_CHARACTERS = Stream
		.concat("abcdef'\"$-/*;\\\n\r ()&UE1_.😀".chars().mapToObj((c) -> String.valueOf((char) c)), Stream.of("😀"))
		.toArray(String[]::new);

	private final StatementSplitter splitter = new StatementSplitter();

	@Test
	void statementsComeBackAsWritten() {
		Generated.cases(CASES).forAll(NumberedScript::generate, NumberedScript::toString, this::comesBackAsWritten);
	}

	@Test
	void tokensCoverGeneratedScripts() {
		Generated.cases(CASES)
			.forAll(GeneratedScript::generate, GeneratedScript::toString,
					(script) -> assertCovered(script.text(), tokenize("V1__generated.sql", script.text())));
	}

	@Test
	void anyTextIsEitherRejectedOrCoveredByTokens() {
		Generated.cases(CASES)
			.forAll(StatementSplitterPropertyTest::sqlText, Generated::literal, this::isRejectedOrCovered);
	}

	private void comesBackAsWritten(NumberedScript numbered) {
		GeneratedScript script = numbered.script();
		int firstLine = numbered.firstLine();
		List<SqlStatement> statements = this.splitter.split("V1__generated.sql", script.text(), firstLine);
		assertThat(statements).as("statements")
			.extracting(SqlStatement::sql)
			.containsExactlyElementsOf(script.statements());
		assertThat(statements).as("start offsets")
			.extracting(SqlStatement::startOffset)
			.containsExactlyElementsOf(script.offsets());
		for (int i = 0; i < statements.size(); i++) {
			SqlStatement statement = statements.get(i);
			assertThat(statement.endOffset()).as("end offset of statement %d", i)
				.isEqualTo(statement.startOffset() + statement.sql().length());
			assertThat(statement.line()).as("line of statement %d", i)
				.isEqualTo(firstLine + lineIndex(script.text(), statement.startOffset()));
			assertThat(statement.column()).as("column of statement %d", i)
				.isEqualTo(column(script.text(), statement.startOffset()));
		}
	}

	private void isRejectedOrCovered(String text) {
		try {
			assertCovered(text, tokenize("V1.sql", text));
			List<SqlStatement> statements = this.splitter.split("V1.sql", text, 1);
			for (int i = 0; i < statements.size(); i++) {
				SqlStatement statement = statements.get(i);
				assertThat(text.substring(statement.startOffset(), statement.endOffset()))
					.as("text at the offsets of statement %d", i)
					.isEqualTo(statement.sql());
				assertThat(statement.sql()).as("statement %d stripped", i).isEqualTo(statement.sql().strip());
			}
		}
		catch (ScriptException ex) {
			assertThat(ex.getMessage()).as("message of the ScriptException").startsWith("V1.sql:");
			assertThat(ex.getLine()).as("line of the ScriptException: %s", ex.getMessage()).isPositive();
		}
	}

	private static List<Token> tokenize(String fileName, String text) {
		return new SqlLexer().tokenize(fileName, text, 1);
	}

	/**
	 * Arbitrary text of up to 60 {@link #SQL_CHARACTERS}.
	 */
	private static String sqlText(SplittableRandom random) {
		return Generated.joined(random, 0, 60, (r) -> Generated.pick(r, SQL_CHARACTERS));
	}

	private static void assertCovered(String text, List<Token> tokens) {
		int offset = 0;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			assertThat(token.startOffset()).as("start of token %d", i).isEqualTo(offset);
			assertThat(token.text()).as("text of token %d", i)
				.isEqualTo(text.substring(token.startOffset(), token.endOffset()));
			offset = token.endOffset();
		}
		assertThat(offset).as("end of the last token").isEqualTo(text.length());
	}

	/**
	 * Independent of the code under test: the 0-based line of an offset.
	 */
	private static int lineIndex(String text, int offset) {
		int lines = 0;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				lines++;
			}
		}
		return lines;
	}

	private static int column(String text, int offset) {
		int lineStart = offset;
		while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
			lineStart--;
		}
		return text.codePointCount(lineStart, offset) + 1;
	}

	/**
	 * One statement as generated: what comes before it, its text, and what ends it.
	 */
	record Part(String leading, String body, String terminator) {

		static Part generate(SplittableRandom random) {
			String leading = Fragments.leading(random);
			// A routine one time in seven
			String body = (random.nextInt(7) < 6) ? Fragments.statement(random) : Fragments.routine(random);
			return new Part(leading, body, Fragments.terminator(random));
		}

	}

	/**
	 * A generated script with the statements it must split into.
	 */
	record GeneratedScript(String text, List<String> statements, List<Integer> offsets) {

		static GeneratedScript generate(SplittableRandom random) {
			String prefix = Fragments.leading(random);
			List<Part> parts = Generated.listOf(random, 0, 6, Part::generate);
			return of(prefix, parts, random.nextBoolean());
		}

		static GeneratedScript of(String prefix, List<Part> parts, boolean finalTerminator) {
			StringBuilder text = new StringBuilder(prefix);
			List<String> statements = new ArrayList<>();
			List<Integer> offsets = new ArrayList<>();
			for (int i = 0; i < parts.size(); i++) {
				Part part = parts.get(i);
				text.append(part.leading());
				offsets.add(text.length());
				statements.add(part.body().stripTrailing());
				text.append(part.body());
				if (i < parts.size() - 1 || finalTerminator) {
					text.append(part.terminator());
				}
			}
			return new GeneratedScript(text.toString(), statements, offsets);
		}

		@Override
		public String toString() {
			return Generated.literal(this.text);
		}

	}

	/**
	 * A generated script and the line of the file it starts at.
	 */
	record NumberedScript(GeneratedScript script, int firstLine) {

		static NumberedScript generate(SplittableRandom random) {
			// Drawn first, so that the scripts differ from the other properties'
			int firstLine = Generated.between(random, 1, 5000);
			return new NumberedScript(GeneratedScript.generate(random), firstLine);
		}

		@Override
		public String toString() {
			return this.script + " from line " + this.firstLine;
		}

	}

}
