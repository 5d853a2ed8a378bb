package dev.migrations.benchmarks.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JDBC application that starts, runs one query through its {@link JdbcTemplate} (which,
 * with a migration tool on the class path, waits for the migrations) and exits. Prints
 * the line the benchmark runner reads: how long {@code main} took, the peak resident set
 * size, and {@code query=1}.
 */
@SpringBootApplication
public class BenchmarkApp {

	public static void main(String[] args) {
		long start = System.nanoTime();
		int one;
		try (ConfigurableApplicationContext context = SpringApplication.run(BenchmarkApp.class, args)) {
			one = context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class);
		}
		long mainMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		System.out.println("RESULT main-ms=" + mainMillis + " rss-peak-kb=" + peakResidentKb() + " query=" + one);
	}

	private static long peakResidentKb() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: no figure
		}
		return -1;
	}

}
