package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.MigrateResult;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.lint.LintMode;
import dev.migrations.tenant.TenantMigrator;
import dev.migrations.tenant.TenantsResult;

/**
 * Schema-per-tenant migrations: N schemas × 20 migrations (a table, an index and a row
 * each), each run on a fresh database through a Hikari pool of 2 × P connections. The
 * sequential run is the loop an application writes today (one migrator per schema, one
 * after the other); the parallel runs are {@link TenantMigrator} with P = 1, 2, 4, 8.
 * Reports the time, the speed-up as a ratio to the sequential run of the same invocation,
 * the peak of the pool's active connections and the peak of backends on the database
 * (client backends in {@code pg_stat_activity}; both sampled every 2 ms), after two
 * untimed warm-up runs of 20 tenants, then the time for 50, 100 and 200 tenants at P = 4.
 * Prints a markdown table. Arguments: {@code <host> <port> <user> <password>};
 * {@code -Dbench.tenants=200}, {@code -Dbench.migrations=20}.
 */
public final class TenantsBenchmark {

	private static final int[] PARALLELISM = { 1, 2, 4, 8 };

	private static final int[] GROWTH = { 50, 100, 200 };

	private final Database server;

	private final Path scripts;

	private final AtomicInteger databases = new AtomicInteger();

	private TenantsBenchmark(Database server, Path scripts) {
		this.server = server;
		this.scripts = scripts;
	}

	public static void main(String[] args) throws Exception {
		Database server = new Database(args[0], Integer.parseInt(args[1]), args[2], args[3]);
		int tenants = Integer.getInteger("bench.tenants", 200);
		int migrations = Integer.getInteger("bench.migrations", 20);
		TenantsBenchmark benchmark = new TenantsBenchmark(server, write(migrations));
		List<String> rows = new ArrayList<>();
		rows.add("| run | tenants | P | pool size | time (s) | speed-up vs sequential | peak active (pool) "
				+ "| peak backends | migrations/s |");
		rows.add("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
		// warms the JVM up (the first run would otherwise pay for class loading and JIT)
		benchmark.run(Math.min(tenants, 20), 4);
		benchmark.run(Math.min(tenants, 20), 0);
		Run sequential = benchmark.run(tenants, 0);
		rows.add(sequential.row("sequential loop", sequential));
		for (int p : PARALLELISM) {
			rows.add(benchmark.run(tenants, p).row("TenantMigrator", sequential));
		}
		for (int n : GROWTH) {
			Run growth = benchmark.run(n, 4);
			rows.add(growth.row("growth", sequential));
		}
		System.out.println(String.join("\n", rows));
	}

	private static Path write(int migrations) throws IOException {
		Path folder = Files.createTempDirectory("tenants-bench");
		for (int i = 1; i <= migrations; i++) {
			Files.writeString(folder.resolve(String.format(Locale.ROOT, "%03d_table_%d.sql", i, i)),
					"-- migrate:up\nCREATE TABLE t_" + i + " (id bigint PRIMARY KEY, owner text NOT NULL, "
							+ "created_at timestamptz NOT NULL DEFAULT now());\nCREATE INDEX t_" + i + "_owner ON t_"
							+ i + " (owner);\nINSERT INTO t_" + i + " (id, owner) VALUES (1, '${tenant}');\n\n"
							+ "-- migrate:down\nDROP TABLE t_" + i + ";\n");
		}
		return folder;
	}

	/** P = 0: the sequential loop. */
	private Run run(int tenants, int parallelism) throws Exception {
		String database = "tenants_bench_" + ProcessHandle.current().pid() + "_" + this.databases.incrementAndGet();
		admin("CREATE DATABASE " + database);
		int poolSize = 2 * Math.max(1, parallelism);
		List<String> names = IntStream.rangeClosed(1, tenants).mapToObj((i) -> "tenant_" + i).toList();
		try (HikariDataSource pool = pool(database, poolSize); Sampler sampler = new Sampler(pool, database)) {
			Migrator template = Migrator.builder(pool)
				.configuration(MigrationsConfiguration.builder()
					.locations("filesystem:" + this.scripts)
					.lintMode(LintMode.OFF)
					.build())
				.build();
			TenantMigrator migrator = TenantMigrator.builder(template).parallelism(Math.max(1, parallelism)).build();
			long start = System.nanoTime();
			int applied = (parallelism == 0) ? sequential(migrator, names) : parallel(migrator, names);
			double seconds = (System.nanoTime() - start) / 1e9;
			if (applied != tenants * countScripts()) {
				throw new IllegalStateException(
						"applied " + applied + " migrations, expected " + tenants + " × " + countScripts());
			}
			return new Run(tenants, parallelism, poolSize, seconds, sampler.peakActive(), sampler.peakBackends(),
					applied);
		}
		finally {
			admin("DROP DATABASE " + database + " WITH (FORCE)");
		}
	}

	// what an application writes today: one migrator per schema, one after the other
	private static int sequential(TenantMigrator migrator, List<String> names) {
		int applied = 0;
		for (String name : names) {
			applied += migrator.migrator(name).migrate().orThrow().applied().size();
		}
		return applied;
	}

	private static int parallel(TenantMigrator migrator, List<String> names) {
		TenantsResult result = migrator.migrateAll(names).orThrow();
		return result.migrated()
			.stream()
			.map((migrated) -> migrated.result())
			.mapToInt((MigrateResult each) -> each.applied().size())
			.sum();
	}

	private int countScripts() throws IOException {
		try (var files = Files.list(this.scripts)) {
			return (int) files.count();
		}
	}

	private HikariDataSource pool(String database, int size) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(this.server.url(database));
		config.setUsername(this.server.user());
		config.setPassword(this.server.password());
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(0);
		return new HikariDataSource(config);
	}

	private void admin(String sql) throws SQLException {
		try (Connection connection = java.sql.DriverManager.getConnection(this.server.url("postgres"),
				this.server.user(), this.server.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * Samples the pool's active connections and the database's backends on a thread of
	 * its own, on a connection to another database.
	 */
	private final class Sampler implements AutoCloseable {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger peakActive = new AtomicInteger();

		private final AtomicInteger peakBackends = new AtomicInteger();

		private final Thread thread;

		Sampler(HikariDataSource pool, String database) throws SQLException {
			Connection connection = java.sql.DriverManager.getConnection(TenantsBenchmark.this.server.url("postgres"),
					TenantsBenchmark.this.server.user(), TenantsBenchmark.this.server.password());
			this.thread = new Thread(() -> sample(pool, database, connection), "sampler");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		private void sample(HikariDataSource pool, String database, Connection connection) {
			try (connection; Statement statement = connection.createStatement()) {
				while (this.running.get()) {
					this.peakActive.accumulateAndGet(pool.getHikariPoolMXBean().getActiveConnections(), Math::max);
					try (ResultSet row = statement
						.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database
								+ "' AND backend_type = 'client backend'")) {
						row.next();
						this.peakBackends.accumulateAndGet(row.getInt(1), Math::max);
					}
					Thread.sleep(2);
				}
			}
			catch (SQLException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}

		int peakActive() {
			return this.peakActive.get();
		}

		int peakBackends() {
			return this.peakBackends.get();
		}

		@Override
		public void close() throws InterruptedException {
			this.running.set(false);
			this.thread.join();
		}

	}

	private record Run(int tenants, int parallelism, int poolSize, double seconds, int peakActive, int peakBackends,
			int applied) {

		String row(String name, Run sequential) {
			double perTenant = sequential.seconds / sequential.tenants;
			double speedUp = (perTenant * this.tenants) / this.seconds;
			return String.format(Locale.ROOT, "| %s | %d | %s | %d | %.1f | %.2f× | %d | %d | %.0f |", name,
					this.tenants, (this.parallelism == 0) ? "–" : String.valueOf(this.parallelism), this.poolSize,
					this.seconds, speedUp, this.peakActive, this.peakBackends, this.applied / this.seconds);
		}

	}

}
