package dev.migrations.autoconfigure;

import java.util.function.IntConsumer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ends a one-shot command's application once its context has started, before any
 * {@code ApplicationRunner} or {@code CommandLineRunner} runs: closes the context and
 * exits the JVM with the {@link MigrationsCommandRunner}'s code. The code is read from
 * the runner alone, so that no other (lazy) {@code ExitCodeGenerator} bean is created.
 * Only a {@link SpringApplication} publishes the {@link ApplicationStartedEvent}, and
 * only {@link CommandMode} adds this listener: a context built by
 * {@code ApplicationContextRunner} is never ended (a {@code @SpringBootTest} with
 * {@code migrations.command} set would be: test commands with the runner instead).
 */
final class CommandExitListener implements ApplicationListener<ApplicationStartedEvent> {

	private final IntConsumer exit;

	CommandExitListener(IntConsumer exit) {
		this.exit = exit;
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		// by name, without eager type matching: that would create FactoryBeans such as
		// JPA's EntityManagerFactory just to learn their type
		String[] runners = context.getBeanFactory().getBeanNamesForType(MigrationsCommandRunner.class, false, false);
		int code = (runners.length == 1) ? context.getBean(runners[0], MigrationsCommandRunner.class).getExitCode() : 1;
		context.close();
		this.exit.accept(code);
	}

}
