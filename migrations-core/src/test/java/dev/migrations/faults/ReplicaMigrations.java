package dev.migrations.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations the replica suites apply, and what they check once every replica has
 * exited. {@code tables} transactional migrations each create a table of 2,000 rows and
 * log themselves in {@code applied_log} (so a second application shows as a second row);
 * then a concurrent index build on {@code r_2}, a batched update of {@code r_3} (each row
 * counts its updates) and a last logged migration.
 *
 * @param tables how many table migrations come first (the first one creates the log)
 */
record ReplicaMigrations(int tables) {

	/**
	 * How many migrations there are.
	 * @return the count
	 */
	int count() {
		return this.tables + 3;
	}

	/**
	 * Writes the migrations.
	 * @param scripts the folder
	 */
	void write(ScriptFolder scripts) {
		scripts.migration("001_log.sql", "CREATE TABLE applied_log (version int NOT NULL, "
				+ "backend int NOT NULL DEFAULT pg_backend_pid());\nINSERT INTO applied_log (version) VALUES (1);",
				"DROP TABLE applied_log;");
		for (int i = 2; i <= this.tables; i++) {
			scripts.migration(String.format("%03d_table_%d.sql", i, i), "CREATE TABLE r_" + i
					+ " (id bigint PRIMARY KEY, v text NOT NULL, touched int NOT NULL DEFAULT 0);\n" + "INSERT INTO r_"
					+ i + " (id, v) SELECT g, md5(g::text) FROM generate_series(1, 2000) g;\n"
					+ "INSERT INTO applied_log (version) VALUES (" + i + ");", "DROP TABLE r_" + i + ";");
		}
		scripts.migration(String.format("%03d_index.sql", this.tables + 1),
				"CREATE INDEX CONCURRENTLY IF NOT EXISTS r_2_v_idx ON r_2 (v);",
				"DROP INDEX CONCURRENTLY IF EXISTS r_2_v_idx;");
		scripts.migration(String.format("%03d_batch.sql", this.tables + 2),
				"-- migrate:batch table=r_3 key=id size=100 pause=1ms\n"
						+ "UPDATE r_3 SET touched = touched + 1 WHERE id BETWEEN :batch_start AND :batch_end;",
				"SELECT 1;");
		scripts.migration(String.format("%03d_last.sql", this.tables + 3),
				"INSERT INTO applied_log (version) VALUES (" + (this.tables + 3) + ");", "SELECT 1;");
	}

	/**
	 * How many applications there were beyond one per migration: a second row of a
	 * transactional migration in {@code applied_log}, a row of {@code r_3} updated more
	 * than once (a batch run twice).
	 * @param database the database
	 * @return the count of extra applications
	 */
	int doubleApplies(TestDatabase database) {
		if (!database.tableExists("applied_log")) {
			return 0;
		}
		int logged = Integer.parseInt(database
			.value("SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM applied_log GROUP BY version) c"));
		int batched = database.tableExists("r_3")
				? Integer.parseInt(database.value("SELECT count(*) FROM r_3 WHERE touched > 1")) : 0;
		return logged + batched;
	}

	/**
	 * How many indexes are INVALID.
	 * @param database the database
	 * @return the count
	 */
	static int invalidIndexes(TestDatabase database) {
		return Integer.parseInt(database.value("SELECT count(*) FROM pg_index WHERE NOT indisvalid"));
	}

	/**
	 * How many advisory locks are held in the database, by anyone: after every migrator
	 * exited, there must be none (a lock left on a pooler's server connection would make
	 * the next deploy wait).
	 * @param database the database
	 * @return the count
	 */
	static int locksLeft(TestDatabase database) {
		return Integer.parseInt(database.value("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = "
				+ "l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()"));
	}

	/**
	 * Asserts that every migration was applied exactly once and completely.
	 * @param database the database
	 */
	void assertAppliedOnce(TestDatabase database) {
		List<String> logged = new ArrayList<>();
		IntStream.rangeClosed(1, this.tables).forEach((version) -> logged.add(version + ":1"));
		logged.add((this.tables + 3) + ":1");
		assertThat(
				database.column("SELECT version || ':' || count(*) FROM applied_log GROUP BY version ORDER BY version"))
			.containsExactlyElementsOf(logged);
		assertThat(database.column("SELECT version || ':' || state FROM schema_migrations ORDER BY version"))
			.containsExactlyElementsOf(IntStream.rangeClosed(1, count())
				.mapToObj((version) -> String.format("%03d:applied", version))
				.toList());
		assertThat(database.value("SELECT count(*) FILTER (WHERE touched <> 1) || '/' || count(*) FROM r_3"))
			.as("rows of r_3 not updated exactly once")
			.isEqualTo("0/2000");
		assertThat(invalidIndexes(database)).as("INVALID indexes").isZero();
		assertThat(database.value("SELECT count(*) FROM pg_indexes WHERE indexname = 'r_2_v_idx'")).isEqualTo("1");
	}

}
