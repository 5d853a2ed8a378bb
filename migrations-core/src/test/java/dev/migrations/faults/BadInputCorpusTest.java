package dev.migrations.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.ScriptException;
import dev.migrations.StatementException;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The corpus of {@link BrokenSets}, each run by {@code migrate} on a fresh database: each
 * gives its precise error (the message's {@code file:line:col:} prefix, matching the
 * exception's structured fields, and its key words) and applies nothing. A set that fails
 * in the parser leaves no history table and no object; one that PostgreSQL refuses in the
 * middle of a file leaves an empty history table and no object. The large file is 5 MB in
 * the normal build and 50 MB with {@code -Dfaults.full=true}. Per-case tests of the same
 * errors are {@code BadInputTest} and {@code ScriptParserTest}; this is the corpus at
 * scale.
 */
@Timeout(300)
class BadInputCorpusTest {

	private static final Pattern LOCATION = Pattern.compile("([^:]+?)(?::(\\d+))?(?::(\\d+))?: ");

	private static final String USER_OBJECTS = "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
			+ "c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE "
			+ "'pg_toast%' AND c.relname NOT LIKE 'schema_migrations%') + (SELECT count(*) FROM pg_proc p JOIN "
			+ "pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public') + (SELECT count(*) FROM "
			+ "pg_namespace WHERE nspname NOT IN ('public', 'pg_catalog', 'information_schema', 'pg_toast'))";

	@TempDir
	Path folder;

	static Stream<BrokenSet> corpus() {
		return BrokenSets.all(SuiteSize.of(5, 50)).stream();
	}

	@Test
	void holdsAtLeastFiftyBrokenSets() {
		assertThat(corpus().count()).isGreaterThanOrEqualTo(50);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void givesItsPreciseErrorAndAppliesNothing(BrokenSet set) throws IOException {
		write(set.files());
		TestDatabase database = PostgresServer.get().createDatabase();
		try {
			Migrator migrator = Migrator.builder(database.dataSource())
				.configuration(MigrationsConfiguration.builder().locations("filesystem:" + this.folder).build())
				.build();

			Throwable error = catchThrowable(() -> migrator.migrate().orThrow());

			assertThat(error).isInstanceOf(set.sqlError() ? StatementException.class : ScriptException.class);
			assertThat(error.getMessage()).startsWith(set.prefix()).contains(set.keywords());
			assertLocationMatchesTheMessage(error);
			assertThat(database.value(USER_OBJECTS)).as("objects left by %s", set).isEqualTo("0");
			if (set.sqlError()) {
				assertThat(database.value("SELECT count(*) FROM schema_migrations")).as("history rows").isEqualTo("0");
			}
			else {
				assertThat(database.tableExists("schema_migrations")).as("history table").isFalse();
			}
		}
		finally {
			database.dropSoon();
		}
	}

	private void assertLocationMatchesTheMessage(Throwable error) {
		Matcher location = LOCATION.matcher(error.getMessage());
		assertThat(location.lookingAt()).as("location prefix of %s", error.getMessage()).isTrue();
		int line = (location.group(2) != null) ? Integer.parseInt(location.group(2)) : 0;
		int column = (location.group(3) != null) ? Integer.parseInt(location.group(3)) : 0;
		if (error instanceof ScriptException script) {
			assertThat(new Object[] { script.getScript(), script.getLine(), script.getColumn() })
				.containsExactly(location.group(1), line, column);
		}
		else if (error instanceof StatementException statement) {
			assertThat(new Object[] { statement.getLocation().script(), statement.getLocation().line(),
					statement.getLocation().column() })
				.containsExactly(location.group(1), line, column);
			assertThat(statement.getSqlState()).isNotBlank();
		}
	}

	private void write(Map<String, byte[]> files) throws IOException {
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path path = this.folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.write(path, file.getValue());
		}
	}

}
