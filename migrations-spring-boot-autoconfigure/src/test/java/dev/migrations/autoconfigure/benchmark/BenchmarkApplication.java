package dev.migrations.autoconfigure.benchmark;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A minimal application for {@link StartupBenchmark}: the test class path's
 * auto-configuration without JPA (no entities here), and one bean that reads a migrated
 * table through a {@link JdbcClient} while the context starts, so that the connection
 * pool opens in every run, with or without migrations.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
		excludeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.hibernate.autoconfigure.metrics.HibernateMetricsAutoConfiguration",
				"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
public class BenchmarkApplication {

	@Bean
	StartUpQuery startUpQuery(JdbcClient jdbc) {
		return new StartUpQuery(jdbc.sql("SELECT count(*) FROM step_1").query(Long.class).single());
	}

	/**
	 * What the application read at start-up.
	 *
	 * @param rows the rows of a migrated table
	 */
	record StartUpQuery(long rows) {
	}

}
