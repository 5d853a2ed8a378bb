package dev.migrations;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrations.lint.LintMode;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static dev.migrations.testsupport.Migrators.migrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * How often migration text is lexed, counted with the lexer's Flight Recorder event: a
 * migrate lexes each section of each pending file once (so each statement once) — the
 * linter, the plan, the runner, the index guard and the batch placeholders read what that
 * one pass kept — and a migrate with nothing pending lexes nothing at all.
 */
@ExtendWith(PostgresExtension.class)
class StatementLexingTest {

	private static final String ORDERS = "CREATE TABLE orders (id bigint PRIMARY KEY, status text);\n"
			+ "CREATE INDEX orders_status ON orders (status);";

	private static final String INDEX = "CREATE INDEX CONCURRENTLY orders_id_status ON orders (id, status);";

	private static final String BACKFILL = "-- migrate:batch table=orders key=id size=2 pause=0ms\n"
			+ "UPDATE orders SET status = '${status}' WHERE id BETWEEN :batch_start AND :batch_end;";

	@TempDir
	Path folder;

	@Test
	void aMigrateLexesEachStatementOnceAndAnUpToDateOneNone(TestDatabase database) throws Exception {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_create_orders.sql", ORDERS, "DROP TABLE orders;")
			.migration("2_index_orders.sql", INDEX, "DROP INDEX CONCURRENTLY orders_id_status;")
			.migration("3_backfill_orders.sql", "INSERT INTO orders SELECT g, 'new' FROM generate_series(1, 5) g;",
					"DELETE FROM orders;")
			.migration("4_archive_orders.sql", BACKFILL, "SELECT 1;");
		Migrator migrator = migrator(database, scripts,
				MigrationsConfiguration.builder().lintMode(LintMode.WARN).placeholders(Map.of("status", "archived")));

		List<RecordedEvent> migrate = lexed(() -> migrator.migrate().orThrow());
		List<RecordedEvent> everyBoot = lexed(() -> migrator.migrate().orThrow());

		assertThat(database.value("SELECT count(*) FROM orders WHERE status = 'archived'")).isEqualTo("5");
		assertThat(passes(migrate)).containsOnly(entry("1_create_orders.sql:2", 1L), entry("1_create_orders.sql:6", 1L),
				entry("2_index_orders.sql:2", 1L), entry("2_index_orders.sql:5", 1L),
				entry("3_backfill_orders.sql:2", 1L), entry("3_backfill_orders.sql:5", 1L),
				entry("4_archive_orders.sql:2", 1L), entry("4_archive_orders.sql:6", 1L));
		assertThat(migrate).filteredOn(
				(event) -> event.getString("source").equals("1_create_orders.sql") && event.getInt("firstLine") == 2)
			.singleElement()
			.satisfies((event) -> assertThat(event.getInt("characters")).isEqualTo(ORDERS.length() + 2));
		assertThat(everyBoot).isEmpty();
	}

	private static Map<String, Long> passes(List<RecordedEvent> events) {
		return events.stream()
			.collect(Collectors.groupingBy((event) -> event.getString("source") + ":" + event.getInt("firstLine"),
					Collectors.counting()));
	}

	private List<RecordedEvent> lexed(Runnable command) throws Exception {
		Path dump = this.folder.resolve("lexed-" + System.nanoTime() + ".jfr");
		try (Recording recording = new Recording()) {
			recording.enable("dev.migrations.Lex");
			recording.start();
			command.run();
			recording.stop();
			recording.dump(dump);
		}
		return RecordingFile.readAllEvents(dump)
			.stream()
			.filter((event) -> event.getString("source").matches("\\d+_.*\\.sql"))
			.toList();
	}

}
