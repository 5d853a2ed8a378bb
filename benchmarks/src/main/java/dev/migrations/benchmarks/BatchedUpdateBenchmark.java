package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.migrations.BatchProgress;
import dev.migrations.MigrateResult;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.lint.LintMode;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Archives about half of an {@code orders} table of N rows twice, each time on a freshly
 * built table: once as one {@code UPDATE} (a transactional migration, linter off) and
 * once as a batched migration ({@code -- migrate:batch … size=10000 pause=0ms}, each
 * batch committed on its own). For each it reports rows changed per second, the longest
 * time one transaction of the migrator held row locks (sampled from
 * {@code pg_stat_activity} on another connection: the age of every migrator transaction
 * that has an xid, i.e. that wrote), and the latency of a concurrent loop of single-row
 * autocommit updates of random rows running for the whole migration. Prints a markdown
 * table (it asserts nothing but that both archived the same rows); {@code run.sh} runs it
 * when {@code BATCH_ROWS} is set. Arguments:
 * {@code <host> <port> <user> <password>}; {@code -Dbenchmark.rows=N} (default
 * 10,000,000).
 */
public final class BatchedUpdateBenchmark {

	private static final String MIGRATOR = "benchmark-migrator";

	private static final String LOOP = "benchmark-loop";

	private static final String SAMPLER = "benchmark-sampler";

	private static final long SAMPLE_EVERY_MILLIS = 3;

	private static final Duration BASELINE = Duration.ofSeconds(5);

	private static final String SINGLE = """
			-- migrate:up
			UPDATE orders SET status = 'archived' WHERE created_at < '2024-01-01';

			-- migrate:down
			UPDATE orders SET status = 'new' WHERE status = 'archived';
			""";

	private static final String BATCHED = """
			-- migrate:up
			-- migrate:batch table=orders key=id size=10000 pause=0ms
			UPDATE orders SET status = 'archived' WHERE id BETWEEN :batch_start AND :batch_end AND created_at < '2024-01-01';

			-- migrate:down
			-- migrate:batch table=orders key=id size=10000 pause=0ms
			UPDATE orders SET status = 'new' WHERE id BETWEEN :batch_start AND :batch_end AND status = 'archived';
			""";

	private final Path folder;

	private final Database server;

	private BatchedUpdateBenchmark(Path folder, Database server) {
		this.folder = folder;
		this.server = server;
	}

	public static void main(String[] args) throws Exception {
		Database server = new Database(args[0], Integer.parseInt(args[1]), args[2], args[3]);
		long start = System.nanoTime();
		long rows = (args.length > 4) ? Long.parseLong(args[4]) : Long.getLong("benchmark.rows", 10_000_000L);
		String figures = new BatchedUpdateBenchmark(Files.createTempDirectory("batched-update"), server)
			.batchedAgainstSingleStatementUpdate(rows);
		Invocation.report(start, figures);
	}

	String batchedAgainstSingleStatementUpdate(long rows) throws Exception {
		Result single = run(rows, "single", SINGLE, LintMode.OFF);
		Result batched = run(rows, "batched", BATCHED, null);

		check(batched.changed() == single.changed(),
				"batched archived " + batched.changed() + " rows, single " + single.changed());
		System.out.printf("%n| migration | rows changed | elapsed (s) | rows/s "
				+ "| longest row-lock transaction (ms) | concurrent updates done | p50 (ms) | p99 (ms) | max (ms) |%n"
				+ "|---|---|---|---|---|---|---|---|---|%n");
		System.out.println(single.row("single `UPDATE` (one transaction)"));
		System.out.println(batched.row("batched, `size=10000 pause=0ms`"));
		System.out.printf("%nbatched / single throughput: %.2f%n", batched.rowsPerSecond() / single.rowsPerSecond());
		System.out.printf("table: %,d rows; machine: nproc %s, PostgreSQL %s%n", rows, nproc(), single.serverVersion());
		System.out.printf("concurrent loop with no migration (%d s, before the single run): %s%n", BASELINE.toSeconds(),
				single.baseline().describe());
		System.out.printf(
				"cross-check, longest gap between batches seen by batchCompleted: %.1f ms over %d batches; "
						+ "write transactions the sampler saw: %d (single), %d (batched); samples: %d, %d; "
						+ "autovacuums of orders during the run: %d (single), %d (batched)%n",
				batched.longestGapMillis(), batched.batches(), single.transactionsSeen(), batched.transactionsSeen(),
				single.samples(), batched.samples(), single.autovacuums(), batched.autovacuums());
		// the loop sends nothing while one update waits: percentiles undercount a long
		// wait, the time spent waiting does not
		System.out.printf(
				"concurrent loop time spent in updates slower than 100 ms: %.1f s of %.1f s (single), "
						+ "%.1f s of %.1f s (batched)%n",
				single.concurrent().secondsOver(100), single.elapsedNanos() / 1e9,
				batched.concurrent().secondsOver(100), batched.elapsedNanos() / 1e9);
		System.out.printf("lock_timeout retries: %d (single), %d (batched)%n", single.retries(), batched.retries());
		return "ratio-permille=" + Math.round(1000 * batched.rowsPerSecond() / single.rowsPerSecond())
				+ " probe-max-us=" + Math.round(batched.concurrent().maxMillis() * 1000) + " probe-p99-us="
				+ Math.round(batched.concurrent().percentileMillis(0.99) * 1000) + " retries=" + batched.retries();
	}

	private Result run(long rows, String name, String script, LintMode lintMode) throws Exception {
		BenchDatabase database = new BenchDatabase(this.server, "batched_" + name);
		database.create();
		try {
			long built = System.nanoTime();
			// created_at: days of 2023 and 2024 scattered over the key range,
			// half of them in 2023
			database.execute(
					"CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, "
							+ "created_at timestamptz NOT NULL)",
					"INSERT INTO orders (id, status, created_at) SELECT g, 'new', "
							+ "timestamptz '2023-01-01' + ((g * 2654435761) % 730) * interval '1 day' "
							+ "FROM generate_series(1, " + rows + ") g",
					"VACUUM ANALYZE orders", "CHECKPOINT");
			System.out.printf("%s: built %,d rows in %d s%n", name, rows,
					Duration.ofNanos(System.nanoTime() - built).toSeconds());
			String serverVersion = database.value("SHOW server_version");
			Latencies baseline = null;
			if (lintMode != null) {
				baseline = measureLoop(database, rows, BASELINE);
			}
			Path migrations = Files.createDirectories(this.folder.resolve(name));
			Files.writeString(migrations.resolve("1_archive_old_orders.sql"), script);
			MigrationsConfiguration.Builder configuration = MigrationsConfiguration.builder()
				.locations("filesystem:" + migrations);
			if (lintMode != null) {
				configuration.lintMode(lintMode);
			}
			BatchGaps gaps = new BatchGaps();
			Migrator migrator = Migrator.builder(dataSource(database, MIGRATOR)).configuration(configuration.build()).listener(gaps).build();
			long autovacuumsBefore = autovacuums(database);

			UpdateLoop loop = new UpdateLoop(dataSource(database, LOOP), rows);
			LockSampler sampler = new LockSampler(dataSource(database, SAMPLER));
			Thread loopThread = new Thread(loop, LOOP);
			Thread samplerThread = new Thread(sampler, SAMPLER);
			samplerThread.start();
			loopThread.start();
			loop.awaitRunning();
			sampler.awaitRunning();
			long start = System.nanoTime();
			MigrateResult result = migrator.migrate();
			long elapsed = System.nanoTime() - start;
			loop.stop();
			sampler.stop();
			loopThread.join();
			samplerThread.join();

			check(result instanceof MigrateResult.Applied, "not applied: " + result);
			loop.rethrow();
			sampler.rethrow();
			long changed = Long.parseLong(database.value("SELECT count(*) FROM orders WHERE status = 'archived'"));
			if (lintMode == null) {
				check(gaps.rows() == changed, "batches reported " + gaps.rows() + " rows, table has " + changed);
			}
			Result measured = new Result(changed, elapsed, sampler.longestNanos(), sampler.transactions(),
					sampler.samples(), loop.latencies(), baseline, gaps.longestNanos(), gaps.batches(),
					autovacuums(database) - autovacuumsBefore, serverVersion, gaps.retries());
			System.out.printf("%s: %s%n", name, measured.row(name));
			return measured;
		}
		finally {
			database.drop();
		}
	}

	private static void check(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalStateException(problem);
		}
	}

	private static Latencies measureLoop(BenchDatabase database, long rows, Duration duration) throws Exception {
		UpdateLoop loop = new UpdateLoop(dataSource(database, LOOP), rows);
		Thread thread = new Thread(loop, LOOP);
		thread.start();
		loop.awaitRunning();
		Thread.sleep(duration.toMillis());
		loop.stop();
		thread.join();
		loop.rethrow();
		return loop.latencies();
	}

	private static long autovacuums(BenchDatabase database) throws InterruptedException, SQLException {
		// the statistics reach pg_stat_user_tables a little after a vacuum ends
		Thread.sleep(1000);
		return Long
			.parseLong(database.value("SELECT autovacuum_count FROM pg_stat_user_tables WHERE relname = 'orders'"));
	}

	private static PGSimpleDataSource dataSource(BenchDatabase database, String applicationName) {
		Database server = database.server();
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { server.host() });
		dataSource.setPortNumbers(new int[] { server.port() });
		dataSource.setDatabaseName(database.name());
		dataSource.setUser(server.user());
		dataSource.setPassword(server.password());
		dataSource.setApplicationName(applicationName);
		return dataSource;
	}

	/**
	 * A database of the benchmark server, with the statements the benchmark runs on it.
	 */
	private record BenchDatabase(Database server, String name) {

		void create() throws SQLException {
			this.server.create(this.name);
		}

		void drop() {
			try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				System.out.println("Could not drop " + this.name + ": " + ex.getMessage());
			}
		}

		void execute(String... statements) throws SQLException {
			try (Connection connection = connect(this.name); Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
		}

		String value(String query) throws SQLException {
			try (Connection connection = connect(this.name);
					Statement statement = connection.createStatement();
					ResultSet row = statement.executeQuery(query)) {
				row.next();
				return row.getString(1);
			}
		}

		private Connection connect(String database) throws SQLException {
			return java.sql.DriverManager.getConnection(this.server.url(database), this.server.user(),
					this.server.password());
		}

	}

	private static String nproc() {
		try {
			Process process = new ProcessBuilder("nproc").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes()).trim();
			return (process.waitFor() == 0) ? output : String.valueOf(Runtime.getRuntime().availableProcessors());
		}
		catch (IOException | InterruptedException ex) {
			return Runtime.getRuntime().availableProcessors() + " (availableProcessors)";
		}
	}

	/**
	 * Times the gaps between consecutive batches (from the first batch's end on): each
	 * batch itself plus the keyset query that finds its upper bound (the pause is 0).
	 */
	private static final class BatchGaps implements MigrationListener {

		private long last;

		private long longest;

		private long batches;

		private long rows;

		private long retries;

		@Override
		public synchronized void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
			this.retries++;
		}

		synchronized long retries() {
			return this.retries;
		}

		@Override
		public synchronized void batchCompleted(MigrationRun run, BatchProgress progress) {
			long now = System.nanoTime();
			if (this.batches > 0) {
				this.longest = Math.max(this.longest, now - this.last);
			}
			this.last = now;
			this.batches = progress.batchesDone();
			this.rows = progress.rows();
		}

		synchronized double longestNanos() {
			return this.longest;
		}

		synchronized long batches() {
			return this.batches;
		}

		synchronized long rows() {
			return this.rows;
		}

	}

	/**
	 * Something run on its own thread until stopped.
	 */
	private abstract static class Worker implements Runnable {

		private final AtomicBoolean running = new AtomicBoolean();

		private final AtomicBoolean stopped = new AtomicBoolean();

		private final AtomicReference<Throwable> failure = new AtomicReference<>();

		private final PGSimpleDataSource dataSource;

		Worker(PGSimpleDataSource dataSource) {
			this.dataSource = dataSource;
		}

		@Override
		public final void run() {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				work(connection);
			}
			catch (Throwable ex) {
				this.failure.set(ex);
			}
			finally {
				this.running.set(true);
			}
		}

		abstract void work(Connection connection) throws Exception;

		void running() {
			this.running.set(true);
		}

		boolean stopped() {
			return this.stopped.get();
		}

		void stop() {
			this.stopped.set(true);
		}

		void awaitRunning() throws InterruptedException {
			while (!this.running.get()) {
				Thread.sleep(1);
			}
			rethrow();
		}

		void rethrow() {
			Throwable ex = this.failure.get();
			if (ex != null) {
				throw new IllegalStateException(getClass().getSimpleName() + ": " + ex.getMessage(), ex);
			}
		}

	}

	/**
	 * Updates one random row at a time, in autocommit, as fast as it can, timing each.
	 */
	private static final class UpdateLoop extends Worker {

		private final long rows;

		private long[] nanos = new long[1 << 16];

		private int count;

		UpdateLoop(PGSimpleDataSource dataSource, long rows) {
			super(dataSource);
			this.rows = rows;
		}

		@Override
		void work(Connection connection) throws SQLException {
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE orders SET created_at = created_at WHERE id = ?")) {
				// server-prepare the statement before timing starts
				for (int i = 0; i < 10; i++) {
					update.setLong(1, ThreadLocalRandom.current().nextLong(1, this.rows + 1));
					update.executeUpdate();
				}
				running();
				while (!stopped()) {
					update.setLong(1, ThreadLocalRandom.current().nextLong(1, this.rows + 1));
					long start = System.nanoTime();
					update.executeUpdate();
					record(System.nanoTime() - start);
				}
			}
		}

		private void record(long elapsed) {
			if (this.count == this.nanos.length) {
				this.nanos = Arrays.copyOf(this.nanos, this.nanos.length * 2);
			}
			this.nanos[this.count++] = elapsed;
		}

		Latencies latencies() {
			long[] sorted = Arrays.copyOf(this.nanos, this.count);
			Arrays.sort(sorted);
			return new Latencies(sorted);
		}

	}

	/**
	 * Every few milliseconds, reads the age of each transaction of the migrator's
	 * connections that has an xid (that has written, so holds row locks) and keeps the
	 * oldest age seen for each transaction.
	 */
	private static final class LockSampler extends Worker {

		private final Map<String, Long> ages = new HashMap<>();

		private final AtomicLong samples = new AtomicLong();

		LockSampler(PGSimpleDataSource dataSource) {
			super(dataSource);
		}

		@Override
		void work(Connection connection) throws Exception {
			try (PreparedStatement query = connection.prepareStatement("SELECT pid || '/' || backend_xid, "
					+ "(extract(epoch FROM clock_timestamp() - xact_start) * 1e9)::bigint FROM pg_stat_activity "
					+ "WHERE datname = current_database() AND application_name = ? AND backend_xid IS NOT NULL")) {
				query.setString(1, MIGRATOR);
				running();
				while (!stopped()) {
					try (ResultSet rows = query.executeQuery()) {
						while (rows.next()) {
							synchronized (this) {
								this.ages.merge(rows.getString(1), rows.getLong(2), Math::max);
							}
						}
					}
					this.samples.incrementAndGet();
					Thread.sleep(SAMPLE_EVERY_MILLIS);
				}
			}
		}

		synchronized long longestNanos() {
			return this.ages.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

		synchronized int transactions() {
			return this.ages.size();
		}

		long samples() {
			return this.samples.get();
		}

	}

	/**
	 * Sorted latencies of the concurrent updates, in nanoseconds.
	 *
	 * @param nanos the latencies, sorted
	 */
	private record Latencies(long[] nanos) {

		long count() {
			return this.nanos.length;
		}

		double percentileMillis(double quantile) {
			if (this.nanos.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(quantile * this.nanos.length);
			return this.nanos[Math.max(rank, 1) - 1] / 1e6;
		}

		double maxMillis() {
			return (this.nanos.length > 0) ? this.nanos[this.nanos.length - 1] / 1e6 : Double.NaN;
		}

		double secondsOver(long millis) {
			return Arrays.stream(this.nanos).filter((nanos) -> nanos > millis * 1_000_000).sum() / 1e9;
		}

		String describe() {
			return String.format("%,d updates, p50 %.2f ms, p99 %.2f ms, max %.2f ms", count(), percentileMillis(0.50),
					percentileMillis(0.99), maxMillis());
		}

	}

	/**
	 * What one migration measured.
	 */
	private record Result(long changed, long elapsedNanos, long longestLockNanos, int transactionsSeen, long samples,
			Latencies concurrent, Latencies baseline, double longestGapNanos, long batches, long autovacuums,
			String serverVersion, long retries) {

		double rowsPerSecond() {
			return this.changed / (this.elapsedNanos / 1e9);
		}

		double longestGapMillis() {
			return this.longestGapNanos / 1e6;
		}

		String row(String name) {
			return String.format("| %s | %,d | %.1f | %,.0f | %,.1f | %,d | %.2f | %.2f | %,.1f |", name, this.changed,
					this.elapsedNanos / 1e9, rowsPerSecond(), this.longestLockNanos / 1e6, this.concurrent.count(),
					this.concurrent.percentileMillis(0.50), this.concurrent.percentileMillis(0.99),
					this.concurrent.maxMillis());
		}

	}

}
