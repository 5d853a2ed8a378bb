package dev.migrations.autoconfigure;

import java.util.function.IntConsumer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Ends a one-shot command's application once its context has started, before any
 * {@code ApplicationRunner} or {@code CommandLineRunner} runs: closes the context and
 * exits the JVM with the {@link MigrationsCommandRunner}'s code. Only a
 * {@link SpringApplication} publishes the {@link ApplicationStartedEvent}, so a context
 * built by {@code ApplicationContextRunner} is never ended (a {@code @SpringBootTest}
 * with {@code migrations.command} set would be: test commands with the runner instead).
 */
final class CommandExitListener implements ApplicationListener<ApplicationStartedEvent> {

	private final IntConsumer exit;

	CommandExitListener(IntConsumer exit) {
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		// SpringApplication.exit asks every ExitCodeGenerator bean, the command runner
		// among them
		this.exit.accept(SpringApplication.exit(event.getApplicationContext()));
	}

}
