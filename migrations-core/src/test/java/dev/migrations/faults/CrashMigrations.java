package dev.migrations.faults;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations the crash suite kills a migrator in, and what must hold of the database
 * between two runs and at the end. The set mixes transactional migrations (1, 2, 5, 8),
 * non-transactional index builds (3, 6, 9: each alone in its migration, as the linter
 * wants) and batched updates (4, 7), and is designed so that any half-application shows:
 * <ul>
 * <li>each transactional migration creates a first and a last table, with a pause
 * between, and logs itself in {@code marks}: recorded in the history ⇔ both tables there
 * ⇔ one mark, and never a partial row;</li>
 * <li>each batched update adds 1 to a counter of every row: never a row above 1, and
 * exactly the rows up to the recorded batch position at 1;</li>
 * <li>each index is valid once its statement is recorded as done, and at the end no
 * INVALID index remains anywhere.</li>
 * </ul>
 */
final class CrashMigrations {

	static final int ITEMS = 20_000;

	private static final List<Integer> TRANSACTIONAL = List.of(1, 2, 5, 8);

	private static final Map<Integer, String> BATCHED = Map.of(4, "touched", 7, "touched_again");

	private static final Map<Integer, List<String>> INDEXES = Map.of(3, List.of("items_payload_idx"), 6,
			List.of("items_touched_idx"), 9, List.of("items_payload_touched_idx"));

	private CrashMigrations() {
	}

	static void write(ScriptFolder folder) {
		folder.migration("1_items.sql",
				"CREATE TABLE items (id bigint PRIMARY KEY, payload text NOT NULL, "
						+ "touched int NOT NULL DEFAULT 0, touched_again int NOT NULL DEFAULT 0);\n"
						+ "INSERT INTO items (id, payload) SELECT g, md5(g::text) FROM generate_series(1, " + ITEMS
						+ ") g;\n" + "CREATE TABLE marks (version bigint NOT NULL);\nINSERT INTO marks VALUES (1);",
				"DROP TABLE marks;\nDROP TABLE items;");
		for (int version : List.of(2, 5, 8)) {
			folder.migration(version + "_transactional.sql", transactional(version),
					"DROP TABLE tx" + version + "_last;\nDROP TABLE tx" + version + "_first;");
		}
		folder.migration("3_index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS items_payload_idx ON items (payload);",
				"DROP INDEX CONCURRENTLY IF EXISTS items_payload_idx;");
		folder.migration("6_index.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS items_touched_idx ON items (touched);",
				"DROP INDEX CONCURRENTLY IF EXISTS items_touched_idx;");
		folder.migration("9_index.sql",
				"CREATE INDEX CONCURRENTLY IF NOT EXISTS items_payload_touched_idx ON items (payload, touched);",
				"DROP INDEX CONCURRENTLY IF EXISTS items_payload_touched_idx;");
		BATCHED
			.forEach((version, column) -> folder.migration(
					version + "_batch.sql", "-- migrate:batch table=items key=id size=1000 pause=5ms\nUPDATE items SET "
							+ column + " = " + column + " + 1 WHERE id BETWEEN :batch_start AND :batch_end;",
					"SELECT 1;"));
	}

	private static String transactional(int version) {
		return "CREATE TABLE tx" + version + "_first (id bigint NOT NULL);\n" + "INSERT INTO tx" + version
				+ "_first SELECT generate_series(1, 5000);\n" + "SELECT pg_sleep(0.15);\n" + "CREATE TABLE tx" + version
				+ "_last (id bigint NOT NULL);\n" + "INSERT INTO tx" + version
				+ "_last SELECT generate_series(1, 5000);\n" + "INSERT INTO marks VALUES (" + version + ");";
	}

	/**
	 * Checks what must hold between runs (and, when finished, at the end).
	 * @param database the database, with no migrator connected
	 * @param finished whether the last run finished
	 * @param context what happened so far, for failure messages
	 * @return what the history records, such as {@code 3 applied, 4 partial}
	 */
	static String check(TestDatabase database, boolean finished, String context) {
		Map<Integer, String[]> history = history(database);
		String described = context + ", history " + describe(history);
		for (int version : TRANSACTIONAL) {
			checkTransactional(database, version, history.get(version), described);
		}
		BATCHED.forEach((version, column) -> checkBatched(database, column, history.get(version), described));
		INDEXES.forEach((version, names) -> checkIndexes(database, names, history.get(version), described));
		long applied = history.values().stream().filter((row) -> row[0].equals("applied")).count();
		if (finished) {
			assertThat(applied).as("migrations applied at the end; %s", described).isEqualTo(9L);
			assertThat(database.value("SELECT count(*) FROM pg_index WHERE NOT indisvalid"))
				.as("INVALID indexes at the end; %s", described)
				.isEqualTo("0");
		}
		return applied + " applied"
				+ history.entrySet()
					.stream()
					.filter((entry) -> entry.getValue()[0].equals("partial"))
					.map((entry) -> ", " + entry.getKey() + " partial")
					.collect(java.util.stream.Collectors.joining());
	}

	private static void checkTransactional(TestDatabase database, int version, String[] row, String context) {
		boolean recorded = row != null;
		if (recorded) {
			assertThat(row[0]).as("state of transactional migration %d; %s", version, context).isEqualTo("applied");
		}
		List<String> tables = (version == 1) ? List.of("items", "marks")
				: List.of("tx" + version + "_first", "tx" + version + "_last");
		for (String table : tables) {
			assertThat(database.tableExists(table))
				.as("table %s of migration %d, recorded %s; %s", table, version, recorded, context)
				.isEqualTo(recorded);
		}
		if (database.tableExists("marks")) {
			assertThat(database.value("SELECT count(*) FROM marks WHERE version = " + version))
				.as("marks of migration %d; %s", version, context)
				.isEqualTo(recorded ? "1" : "0");
		}
		if (recorded && version > 1) {
			assertThat(database.value("SELECT (SELECT count(*) FROM tx" + version
					+ "_first) || '/' || (SELECT count(*) " + "FROM tx" + version + "_last)"))
				.as("rows of migration %d; %s", version, context)
				.isEqualTo("5000/5000");
		}
	}

	private static void checkBatched(TestDatabase database, String column, String[] row, String context) {
		if (!database.tableExists("items")) {
			return;
		}
		long done = 0;
		if (row != null) {
			done = row[0].equals("applied") ? ITEMS : (row[2] != null) ? Long.parseLong(row[2]) : 0;
		}
		assertThat(database
			.value("SELECT count(*) FILTER (WHERE " + column + " > 1) || '/' || count(*) FILTER (WHERE " + column
					+ " = 1) || '/' || count(*) FILTER (WHERE " + column + " = 1 AND id <= " + done + ") FROM items"))
			.as("%s: rows changed more than once / once / once and at most the batch position %d; %s", column, done,
					context)
			.isEqualTo("0/" + done + "/" + done);
	}

	private static void checkIndexes(TestDatabase database, List<String> names, String[] row, String context) {
		int done = 0;
		if (row != null) {
			done = row[0].equals("applied") ? names.size() : Integer.parseInt(row[1]);
		}
		for (String name : names.subList(0, done)) {
			assertThat(database
				.column("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass('" + name + "')"))
				.as("index %s, recorded as built; %s", name, context)
				.containsExactly("t");
		}
	}

	private static Map<Integer, String[]> history(TestDatabase database) {
		Map<Integer, String[]> rows = new HashMap<>();
		if (!database.tableExists("schema_migrations")) {
			return rows;
		}
		for (String line : database.column("SELECT version || '|' || state || '|' || statements_done || '|' || "
				+ "coalesce(batch_position::text, '') FROM schema_migrations")) {
			String[] parts = line.split("\\|", -1);
			rows.put(Integer.parseInt(parts[0]),
					new String[] { parts[1], parts[2], parts[3].isEmpty() ? null : parts[3] });
		}
		return rows;
	}

	private static String describe(Map<Integer, String[]> history) {
		StringBuilder text = new StringBuilder("{");
		history.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> text.append(entry.getKey())
				.append('=')
				.append(String.join("/", java.util.Arrays.stream(entry.getValue()).map(String::valueOf).toList()))
				.append(' '));
		return text.toString().strip() + "}";
	}

	/**
	 * Waits until no other session is connected to the database: a killed migrator's
	 * server processes finish the statement they were running (PostgreSQL notices the
	 * closed connection only then) and roll back.
	 * @param database the database
	 */
	static void awaitNoSessions(TestDatabase database) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!database
			.value("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
					+ "AND pid <> pg_backend_pid()")
			.equals("0")) {
			assertThat(System.nanoTime()).as("the killed migrator's sessions ended within 60 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
