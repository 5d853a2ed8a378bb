package dev.migrations.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small orders-and-users web application whose schema is migrated by
 * {@code migrations-spring-boot-starter}. Without {@code spring.datasource.url} it starts
 * its own embedded PostgreSQL (see
 * {@link dev.migrations.sample.database.EmbeddedPostgresEnvironmentPostProcessor}).
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the application.
	 * @param args command-line arguments, for example {@code --migrations.command=status}
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
