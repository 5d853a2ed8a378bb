package dev.migrations.internal.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SqlStatement}.
 */
class SqlStatementTest {

	@Test
	void excerptFoldsWhitespaceRuns() {
		assertThat(statement("SELECT\r\n  1,\t\t2\n\nFROM t").excerpt(80)).isEqualTo("SELECT 1, 2 FROM t");
	}

	@Test
	void excerptThatFitsIsNotCut() {
		assertThat(statement("SELECT 1234").excerpt(11)).isEqualTo("SELECT 1234");
	}

	@Test
	void excerptIsCutToMaxWithAnEllipsis() {
		String excerpt = statement("SELECT 1234567890").excerpt(10);
		assertThat(excerpt).isEqualTo("SELECT 12…").hasSize(10);
	}

	@Test
	void excerptDropsTheSpaceBeforeTheEllipsis() {
		assertThat(statement("SELECT\n\n1234567890").excerpt(8)).isEqualTo("SELECT…");
	}

	@Test
	void excerptNeverSplitsASurrogatePair() {
		assertThat(statement("SELECT '😀😀'").excerpt(10)).isEqualTo("SELECT '…");
	}

	@Test
	void excerptNeedsRoom() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> statement("SELECT 1").excerpt(0));
	}

	@Test
	void leadingKeywordsAreUpperCased() {
		assertThat(statement("create unique index concurrently idx on t (x)").leadingKeywords(4))
			.containsExactly("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY");
	}

	@Test
	void leadingKeywordsSkipComments() {
		assertThat(statement("CREATE /* x */ INDEX -- y\n  CONCURRENTLY idx ON t (x)").leadingKeywords(3))
			.containsExactly("CREATE", "INDEX", "CONCURRENTLY");
	}

	@Test
	void leadingKeywordsStopAtQuotedText() {
		assertThat(statement("SELECT 'CREATE INDEX CONCURRENTLY'").leadingKeywords(4)).containsExactly("SELECT");
		assertThat(statement("CREATE INDEX \"concurrently\" ON t (x)").leadingKeywords(4)).containsExactly("CREATE",
				"INDEX");
	}

	@Test
	void leadingKeywordsStopAtPunctuationAndTheEnd() {
		assertThat(statement("REINDEX (VERBOSE) TABLE t").leadingKeywords(4)).containsExactly("REINDEX");
		assertThat(statement("VACUUM").leadingKeywords(4)).containsExactly("VACUUM");
		assertThat(statement("VACUUM t").leadingKeywords(0)).isEmpty();
	}

	@Test
	void leadingKeywordsFoldOnlyAsciiLetters() {
		assertThat(statement("select straße").leadingKeywords(2)).isEqualTo(List.of("SELECT", "STRAßE"));
	}

	@Test
	void rejectsABlankStatement() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new SqlStatement(" ", 1, 1, 0, 1));
	}

	@Test
	void rejectsPositionsBeforeTheFirstLineOrColumn() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new SqlStatement("SELECT 1", 0, 1, 0, 8));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new SqlStatement("SELECT 1", 1, 0, 0, 8));
	}

	@Test
	void rejectsOffsetsThatDoNotSpanTheText() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new SqlStatement("SELECT 1", 1, 1, 0, 7));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new SqlStatement("SELECT 1", 1, 1, -1, 7));
	}

	@Test
	void rejectsNullText() {
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new SqlStatement(null, 1, 1, 0, 0));
	}

	private static SqlStatement statement(String sql) {
		return new SqlStatement(sql, 1, 1, 0, sql.length());
	}

}
