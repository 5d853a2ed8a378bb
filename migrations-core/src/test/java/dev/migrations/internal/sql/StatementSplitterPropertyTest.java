package dev.migrations.internal.sql;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import dev.migrations.ScriptException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of {@link StatementSplitter} and {@link SqlLexer} over generated scripts:
 * statements made of fragments in every quoting form, each hiding semicolons, quotes of
 * the other kinds and comment markers.
 * <p>
 * Each property runs 1000 tries; {@code -Djqwik.tries.splitter=N} raises (or lowers)
 * that, see {@link SplitterTries}.
 */
@AddLifecycleHook(SplitterTries.class)
class StatementSplitterPropertyTest {

	private final StatementSplitter splitter = new StatementSplitter();

	@Property(tries = 1000)
	void statementsComeBackAsWritten(@ForAll("scripts") GeneratedScript script,
			@ForAll @IntRange(min = 1, max = 5000) int firstLine) {
		List<SqlStatement> statements = this.splitter.split("V1__generated.sql", script.text(), firstLine);
		assertThat(statements).extracting(SqlStatement::sql).containsExactlyElementsOf(script.statements());
		assertThat(statements).extracting(SqlStatement::startOffset).containsExactlyElementsOf(script.offsets());
		for (SqlStatement statement : statements) {
			assertThat(statement.endOffset()).isEqualTo(statement.startOffset() + statement.sql().length());
			assertThat(statement.line()).isEqualTo(firstLine + lineIndex(script.text(), statement.startOffset()));
			assertThat(statement.column()).isEqualTo(column(script.text(), statement.startOffset()));
		}
	}

	@Property(tries = 1000)
	void tokensCoverGeneratedScripts(@ForAll("scripts") GeneratedScript script) {
		assertCovered(script.text(), new SqlLexer().tokenize("V1__generated.sql", script.text(), 1));
	}

	@Property(tries = 1000)
	void anyTextIsEitherRejectedOrCoveredByTokens(@ForAll("sqlCharacters") String text) {
		try {
			assertCovered(text, new SqlLexer().tokenize("V1.sql", text, 1));
			for (SqlStatement statement : this.splitter.split("V1.sql", text, 1)) {
				assertThat(text.substring(statement.startOffset(), statement.endOffset())).isEqualTo(statement.sql());
				assertThat(statement.sql()).isEqualTo(statement.sql().strip());
			}
		}
		catch (ScriptException ex) {
			assertThat(ex.getMessage()).startsWith("V1.sql:");
			assertThat(ex.getLine()).isPositive();
		}
	}

	private static void assertCovered(String text, List<Token> tokens) {
		int offset = 0;
		for (Token token : tokens) {
			assertThat(token.startOffset()).isEqualTo(offset);
			assertThat(token.text()).isEqualTo(text.substring(token.startOffset(), token.endOffset()));
			offset = token.endOffset();
		}
		assertThat(offset).isEqualTo(text.length());
	}

	@Provide
	Arbitrary<String> sqlCharacters() {
		return Arbitraries.strings()
			.withCharRange('a', 'f')
			.withChars('\'', '"', '$', '-', '/', '*', ';', '\\', '\n', '\r', ' ', '(', ')', '&', 'U', 'E', '1', '_',
					'.')
			.withChars("😀")
			.ofMaxLength(60);
	}

	@Provide
	Arbitrary<GeneratedScript> scripts() {
		Arbitrary<String> body = Arbitraries.frequencyOf(Tuple.of(6, Fragments.statement()),
				Tuple.of(1, Fragments.routine()));
		Arbitrary<Part> part = Combinators.combine(Fragments.leading(), body, Fragments.terminator()).as(Part::new);
		return Combinators.combine(Fragments.leading(), part.list().ofMaxSize(6), Arbitraries.of(true, false))
			.as(GeneratedScript::of);
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

	}

	/**
	 * A generated script with the statements it must split into.
	 */
	record GeneratedScript(String text, List<String> statements, List<Integer> offsets) {

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
			return "GeneratedScript[" + this.text.replace("\r", "\\r").replace("\n", "\\n") + "]";
		}

	}

}
