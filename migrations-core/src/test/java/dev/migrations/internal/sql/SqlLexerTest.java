package dev.migrations.internal.sql;

import java.util.List;
import java.util.stream.Stream;

import dev.migrations.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SqlLexer}.
 */
class SqlLexerTest {

	private final SqlLexer lexer = new SqlLexer();

	@ParameterizedTest(name = "{0}")
	@MethodSource("significantTokens")
	void lexesEachForm(String input, List<String> expected) {
		assertThat(significant(input)).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> significantTokens() {
		return Stream.of(Arguments.of("'it''s'", List.of("STRING 'it''s'")),
				Arguments.of("'C:\\' x", List.of("STRING 'C:\\'", "WORD x")),
				Arguments.of("E'a\\'b' x", List.of("STRING E'a\\'b'", "WORD x")),
				Arguments.of("e'\\\\' x", List.of("STRING e'\\\\'", "WORD x")),
				Arguments.of("E'it''s'", List.of("STRING E'it''s'")),
				Arguments.of("U&'d\\0061t' UESCAPE '!'", List.of("STRING U&'d\\0061t'", "WORD UESCAPE", "STRING '!'")),
				Arguments.of("u&'x'", List.of("STRING u&'x'")),
				Arguments.of("B'101' X'1F' N'abc'", List.of("STRING B'101'", "STRING X'1F'", "STRING N'abc'")),
				Arguments.of("\"a\"\"b\" U&\"x\"",
						List.of("QUOTED_IDENTIFIER \"a\"\"b\"", "QUOTED_IDENTIFIER U&\"x\"")),
				Arguments.of("U & x", List.of("WORD U", "OPERATOR &", "WORD x")),
				Arguments.of("$$a;'b$$", List.of("DOLLAR_STRING $$a;'b$$")),
				Arguments.of("$fn$ $$ $f $fn$", List.of("DOLLAR_STRING $fn$ $$ $f $fn$")),
				Arguments.of("$_x1$ $_x$ $_x1$", List.of("DOLLAR_STRING $_x1$ $_x$ $_x1$")),
				Arguments.of("$1 $23", List.of("PARAMETER $1", "PARAMETER $23")),
				Arguments.of("a$b a$b$ x$$y", List.of("WORD a$b", "WORD a$b$", "WORD x$$y")),
				Arguments.of("$a b", List.of("PUNCTUATION $", "WORD a", "WORD b")),
				Arguments.of("1$$x$$", List.of("NUMBER 1", "DOLLAR_STRING $$x$$")),
				Arguments.of("/* a /* b */ c */ x", List.of("COMMENT /* a /* b */ c */", "WORD x")),
				Arguments.of("/**/ /*/ x */", List.of("COMMENT /**/", "COMMENT /*/ x */")),
				Arguments.of("-- a;b\nx", List.of("COMMENT -- a;b", "WORD x")),
				Arguments.of("1 1.5 .5 1. 1e10 1.5E-3 2e+4",
						List.of("NUMBER 1", "NUMBER 1.5", "NUMBER .5", "NUMBER 1.", "NUMBER 1e10", "NUMBER 1.5E-3",
								"NUMBER 2e+4")),
				Arguments.of("0x1F 0o17 0b101 1_000 0x_ff",
						List.of("NUMBER 0x1F", "NUMBER 0o17", "NUMBER 0b101", "NUMBER 1_000", "NUMBER 0x_ff")),
				Arguments.of("1..10", List.of("NUMBER 1", "PUNCTUATION ..", "NUMBER 10")),
				Arguments.of("0b'10'", List.of("NUMBER 0", "STRING b'10'")),
				Arguments.of("a<>b", List.of("WORD a", "OPERATOR <>", "WORD b")),
				Arguments.of("a=-1", List.of("WORD a", "OPERATOR =", "OPERATOR -", "NUMBER 1")),
				Arguments.of("@-1", List.of("OPERATOR @-", "NUMBER 1")),
				Arguments.of("1+--c", List.of("NUMBER 1", "OPERATOR +", "COMMENT --c")),
				Arguments.of("a*/*c*/b", List.of("WORD a", "OPERATOR *", "COMMENT /*c*/", "WORD b")),
				Arguments.of("a::int, x:=1 ->>",
						List.of("WORD a", "PUNCTUATION ::", "WORD int", "PUNCTUATION ,", "WORD x", "PUNCTUATION :=",
								"NUMBER 1", "OPERATOR ->>")),
				Arguments.of("f(a;b)[1]",
						List.of("WORD f", "LEFT_PAREN (", "WORD a", "SEMICOLON ;", "WORD b", "RIGHT_PAREN )",
								"PUNCTUATION [", "NUMBER 1", "PUNCTUATION ]")),
				Arguments.of("\\copy t from 'x\nSELECT", List.of("META_COMMAND \\copy t from 'x", "WORD SELECT")),
				Arguments.of("straße ñ", List.of("WORD straße", "WORD ñ")));
	}

	@Test
	void tokensCoverTheWholeText() {
		String text = "SELECT 'a' -- c\r\n, \"b\" /* d */ FROM t;\r$$x$$";
		List<Token> tokens = this.lexer.tokenize("V1.sql", text, 1);
		StringBuilder joined = new StringBuilder();
		int offset = 0;
		for (Token token : tokens) {
			assertThat(token.startOffset()).isEqualTo(offset);
			joined.append(token.text());
			offset = token.endOffset();
		}
		assertThat(joined).hasToString(text);
	}

	@Test
	void lineCommentStopsBeforeTheLineBreak() {
		List<Token> tokens = this.lexer.tokenize("V1.sql", "-- a\r\nb", 1);
		assertThat(tokens).extracting(Token::text).containsExactly("-- a", "\r\n", "b");
	}

	@Test
	void positionsCountLinesFromFirstLineAndColumnsInCharacters() {
		String text = "a\n\tb\r\nc\rd 😀 e";
		List<Token> words = this.lexer.tokenize("V1.sql", text, 7)
			.stream()
			.filter((token) -> token.kind() == TokenKind.WORD)
			.toList();
		assertThat(words).extracting(Token::text).containsExactly("a", "b", "c", "d", "😀", "e");
		assertThat(words).extracting(Token::line).containsExactly(7, 8, 9, 10, 10, 10);
		assertThat(words).extracting(Token::column).containsExactly(1, 2, 1, 1, 3, 5);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unterminated")
	void reportsUnterminatedFormsAtTheirOpener(String input, int line, int column, String problem) {
		assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> this.lexer.tokenize("V2__x.sql", input, 5))
			.withMessageStartingWith("V2__x.sql:" + line + ":" + column + ": " + problem)
			.satisfies((ex) -> assertThat(ex.getScript()).isEqualTo("V2__x.sql"))
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(line))
			.satisfies((ex) -> assertThat(ex.getColumn()).isEqualTo(column));
	}

	static Stream<Arguments> unterminated() {
		return Stream.of(Arguments.of("SELECT 'abc", 5, 8, "unterminated quoted string"),
				Arguments.of("x\nSELECT 'it''s", 6, 8, "unterminated quoted string"),
				Arguments.of("SELECT E'abc\\'", 5, 8, "unterminated quoted string"),
				Arguments.of("SELECT U&'abc", 5, 8, "unterminated quoted string"),
				Arguments.of("SELECT N'abc", 5, 8, "unterminated quoted string"),
				Arguments.of("SELECT B'101", 5, 8, "unterminated bit string literal"),
				Arguments.of("SELECT X'1F", 5, 8, "unterminated hexadecimal string literal"),
				Arguments.of("SELECT \"abc", 5, 8, "unterminated quoted identifier"),
				Arguments.of("SELECT U&\"abc", 5, 8, "unterminated quoted identifier"),
				Arguments.of("DO $$ BEGIN", 5, 4, "unterminated dollar-quoted string"),
				Arguments.of("DO $a$ x $b$", 5, 4, "unterminated dollar-quoted string"),
				Arguments.of("a\r\n  /* x /* y */", 6, 3, "unterminated /* comment"));
	}

	@Test
	void rejectsALineBeforeTheFirst() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.lexer.tokenize("V1.sql", "SELECT 1", 0));
	}

	private List<String> significant(String input) {
		return this.lexer.tokenize("V1.sql", input, 1)
			.stream()
			.filter((token) -> !token.isTrivia() || token.kind() == TokenKind.COMMENT)
			.map((token) -> token.kind() + " " + token.text())
			.toList();
	}

}
