package dev.migrations.benchmarks.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The floor of the one-shot command benchmark: an application with nothing but the
 * migrations starter and the JDBC starter on its class path. command-startup.sh compiles
 * and runs it beside the sample app.
 */
@SpringBootApplication
public class FloorApplication {

	public static void main(String[] args) {
		SpringApplication.run(FloorApplication.class, args);
	}

}
