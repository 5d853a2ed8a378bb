package dev.migrations.autoconfigure.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with nothing but auto-configuration, started in a child JVM to prove
 * that a one-shot command ends the process with its exit code.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class CommandApplication {

	public static void main(String[] args) {
		SpringApplication.run(CommandApplication.class, args);
	}

}
