package dev.migrations.autoconfigure.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import dev.migrations.MigrationInfo;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up time the starter adds to an application whose database has 1000 applied
 * migrations and nothing pending, measured against the same application with
 * {@code migrations.enabled=false} (same classes on the class path, same JVM, same
 * database), alternating the two so that drift hits both alike. Each run starts a fresh
 * context and times {@link SpringApplicationBuilder#run} up to a ready context; a few
 * unmeasured runs first load and compile the classes both share. Besides the elapsed time
 * it records the CPU time of the starting thread, which other processes on a busy machine
 * do not inflate (and which leaves out the database server's work). Prints a markdown
 * table of medians.
 * <p>
 * Not part of the build (the name matches no surefire include); run it with
 * {@code mvn -pl migrations-spring-boot-autoconfigure test -Dtest=StartupBenchmark}.
 * {@code -Dbenchmark.runs} (default 7) and {@code -Dbenchmark.migrations} (default 1000)
 * change the sizes.
 */
class StartupBenchmark {

	private static final int RUNS = Integer.getInteger("benchmark.runs", 7);

	private static final int WARM_UP_RUNS = 5;

	private static final int MIGRATIONS = Integer.getInteger("benchmark.migrations", 1000);

	@TempDir
	Path folder;

	@Test
	void startUpTimeAddedByTheStarter() {
		TestDatabase database = PostgresServer.get().createDatabase();
		ScriptFolder scripts = generate(new ScriptFolder(this.folder));
		assertThat(prepare(database, scripts.location())).isEqualTo(MIGRATIONS);
		for (int i = 0; i < WARM_UP_RUNS; i++) {
			start(database, scripts, true);
			start(database, scripts, false);
		}
		List<Sample> with = new ArrayList<>();
		List<Sample> without = new ArrayList<>();
		List<Sample> engine = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			// alternate which goes first, so that neither always follows the other
			if (i % 2 == 0) {
				with.add(start(database, scripts, true));
				without.add(start(database, scripts, false));
			}
			else {
				without.add(start(database, scripts, false));
				with.add(start(database, scripts, true));
			}
			engine.add(migrateAlone(database, scripts.location()));
		}
		System.out.println(table(with, without, engine));
	}

	private static ScriptFolder generate(ScriptFolder scripts) {
		for (int i = 1; i <= MIGRATIONS; i++) {
			scripts.migration(i + "_create_step_" + i + ".sql", "CREATE TABLE step_" + i + " (id int);",
					"DROP TABLE step_" + i + ";");
		}
		return scripts;
	}

	private static long prepare(TestDatabase database, String location) {
		Migrator migrator = Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations(location).build())
			.build();
		migrator.migrate().orThrow();
		return migrator.status().migrations().stream().filter(MigrationInfo::isApplied).count();
	}

	/**
	 * Starts the application and closes it.
	 * @return the time to a ready context
	 */
	private static Sample start(TestDatabase database, ScriptFolder scripts, boolean migrations) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(BenchmarkApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn",
					"spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.server().user(),
					"spring.datasource.password=" + database.server().password(),
					"migrations.locations=" + scripts.location(), "migrations.enabled=" + migrations);
		System.gc();
		Clock clock = Clock.start();
		try (ConfigurableApplicationContext context = application.run()) {
			Sample sample = clock.stop();
			assertThat(context.getBeanNamesForType(Migrator.class)).hasSize(migrations ? 1 : 0);
			assertThat(context.getBean(BenchmarkApplication.StartUpQuery.class).rows()).isZero();
			return sample;
		}
	}

	/**
	 * What the engine alone spends: a new migrator (files not read yet) finding nothing
	 * to do.
	 * @return the time of the migrate call
	 */
	private static Sample migrateAlone(TestDatabase database, String location) {
		Migrator migrator = Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations(location).build())
			.build();
		Clock clock = Clock.start();
		assertThat(migrator.migrate().applied()).isEmpty();
		return clock.stop();
	}

	private static String table(List<Sample> with, List<Sample> without, List<Sample> engine) {
		List<Sample> paired = new ArrayList<>();
		for (int i = 0; i < with.size(); i++) {
			paired.add(with.get(i).minus(without.get(i)));
		}
		double withMedian = median(with, Sample::wall);
		double withoutMedian = median(without, Sample::wall);
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT,
				"%nStart-up to a ready context, %d applied migrations, nothing "
						+ "pending; %d runs each (after %d warm-up runs), alternating, same JVM and database; "
						+ "load average at the end: %.1f on %d CPUs%n%n",
				MIGRATIONS, RUNS, WARM_UP_RUNS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors()));
		table.append("| application | median | min | max | main-thread CPU (median) |\n");
		table.append("|---|---:|---:|---:|---:|\n");
		table.append(row("without the starter (`migrations.enabled=false`)", without, "%.0f"));
		table.append(row("with the starter", with, "%.0f"));
		table.append(
				String.format(Locale.ROOT,
						"| **added by the starter** (difference of medians) | **%+.0f ms** "
								+ "(×%.2f) | | | %+.0f ms |%n",
						withMedian - withoutMedian, withMedian / withoutMedian,
						median(with, Sample::cpu) - median(without, Sample::cpu)));
		table.append(row("added by the starter, run by run (paired differences)", paired, "%+.0f"));
		table.append(row("the engine's migrate alone (new migrator, nothing to do)", engine, "%.0f"));
		table.append(String.format(Locale.ROOT, "%nWall times in order (ms): without %s; with %s%n", runs(without),
				runs(with)));
		return table.toString();
	}

	private static String row(String name, List<Sample> samples, String number) {
		String cell = number + " ms";
		return String.format(Locale.ROOT, "| %s | " + cell + " | " + cell + " | " + cell + " | " + cell + " |%n", name,
				median(samples, Sample::wall), samples.stream().mapToDouble(Sample::wall).min().orElseThrow(),
				samples.stream().mapToDouble(Sample::wall).max().orElseThrow(), median(samples, Sample::cpu));
	}

	private static String runs(List<Sample> samples) {
		return samples.stream().map((sample) -> String.format(Locale.ROOT, "%.0f", sample.wall())).toList().toString();
	}

	private static double median(List<Sample> samples, ToDoubleFunction<Sample> value) {
		double[] sorted = samples.stream().mapToDouble(value).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/**
	 * One measurement, in milliseconds.
	 *
	 * @param wall the elapsed time
	 * @param cpu the CPU time of the measuring thread, which other processes competing
	 * for the machine do not inflate
	 */
	private record Sample(double wall, double cpu) {

		Sample minus(Sample other) {
			return new Sample(this.wall - other.wall, this.cpu - other.cpu);
		}

	}

	private record Clock(long wall, long cpu) {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		static Clock start() {
			return new Clock(System.nanoTime(), THREADS.getCurrentThreadCpuTime());
		}

		Sample stop() {
			return new Sample((System.nanoTime() - this.wall) / 1e6,
					(THREADS.getCurrentThreadCpuTime() - this.cpu) / 1e6);
		}

	}

}
