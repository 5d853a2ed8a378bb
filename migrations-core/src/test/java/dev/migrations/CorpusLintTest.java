package dev.migrations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintMode;
import dev.migrations.lint.LintSeverity;
import dev.migrations.testsupport.Corpus;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The linter on six released histories (the corpus in the test resources). On an empty
 * database everything a history touches is created by the history itself: no rule about
 * what a statement does to existing objects (locks, rewrites, scans, breaking running
 * code) may raise an error there, so a fresh database (CI, a new developer) migrates a
 * real project's whole history with the default {@code lint.mode=fail}. Nothing is
 * applied: lint reads the files and the catalog.
 * <p>
 * {@code -Dcorpus.report=true} also prints the findings per rule, on an empty database
 * and on one migrated half way (which applies the first half of each set).
 */
@ExtendWith(PostgresExtension.class)
class CorpusLintTest {

	/** The rules about what a statement does to objects that exist before it. */
	private static final Set<String> EXISTING_OBJECT_RULES = Set.of("add-required-column",
			"add-column-volatile-default", "add-column-rewrite", "change-column-type", "rename-column", "rename-table",
			"drop-column", "drop-table", "set-not-null", "check-not-valid", "fk-not-valid", "validate-separately",
			"unique-via-index", "batch-large-update", "index-concurrently", "drop-index-concurrently",
			"reindex-concurrently", "one-strong-lock", "rewrite-maintenance");

	static final List<String> sets = Corpus.SETS;

	private static Migrator migrator(TestDatabase database, List<MigrationFile> files, LintMode mode) {
		return Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().lintMode(mode).build())
			.sources(Corpus.source(files))
			.build();
	}

	@ParameterizedTest(name = "{0}")
	@FieldSource("sets")
	void aWholeHistoryLintsWithoutAnErrorAboutExistingObjectsOnAnEmptyDatabase(String set, TestDatabase database) {
		List<LintFinding> findings = migrator(database, Corpus.of(set).files(), LintMode.FAIL).lint();

		assertThat(findings).filteredOn((finding) -> finding.severity() == LintSeverity.ERROR)
			.filteredOn((finding) -> EXISTING_OBJECT_RULES.contains(finding.ruleId()))
			.isEmpty();
	}

	@Test
	@EnabledIfSystemProperty(named = "corpus.report", matches = "true")
	void printsTheFindingsPerRuleOnAnEmptyAndAHalfMigratedDatabase() {
		for (String set : Corpus.SETS) {
			Corpus corpus = Corpus.of(set);
			TestDatabase empty = dev.migrations.testsupport.PostgresServer.get().createDatabase();
			TestDatabase half = dev.migrations.testsupport.PostgresServer.get().createDatabase();
			try {
				print(set, "empty", migrator(empty, corpus.files(), LintMode.FAIL).lint());
				int middle = corpus.files().size() / 2;
				List<MigrationFile> firstHalf = corpus.files().subList(0, middle);
				migrator(half, firstHalf, LintMode.OFF).migrate().orThrow();
				print(set, "after " + corpus.versionAt(middle - 1),
						migrator(half, corpus.files(), LintMode.FAIL).lint());
			}
			finally {
				empty.server().dropSoon(empty.name());
				half.server().dropSoon(half.name());
			}
		}
	}

	private static void print(String set, String state, List<LintFinding> findings) {
		Map<String, Long> perRule = new TreeMap<>(findings.stream()
			.collect(Collectors.groupingBy((finding) -> finding.ruleId() + " " + finding.severity(),
					Collectors.counting())));
		System.out.printf("corpus %s, %s database: %d finding(s) %s%n", set, state, findings.size(), perRule);
		findings.stream()
			.filter((finding) -> finding.severity() == LintSeverity.ERROR)
			.forEach((finding) -> System.out.println("  " + finding.format()));
	}

}
