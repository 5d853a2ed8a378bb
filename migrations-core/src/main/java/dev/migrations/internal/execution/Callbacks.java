package dev.migrations.internal.execution;

import java.util.Map;

import dev.migrations.internal.discovery.CallbackScript;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.discovery.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the SQL callbacks of an event ({@code beforeMigrate}, {@code afterEachMigrate},
 * …), in file-name order, on the migration's connection: inside the migration's
 * transaction for the {@code …Each…} events of a transactional migration, in autocommit
 * otherwise. Callbacks are never recorded as migrations. Not thread-safe.
 */
final class Callbacks {

	private static final Logger logger = LoggerFactory.getLogger(Callbacks.class);

	private final MigrationSet migrations;

	private final StatementExecutor executor;

	Callbacks(MigrationSet migrations, StatementExecutor executor) {
		this.migrations = migrations;
		this.executor = executor;
	}

	void run(String event) {
		for (CallbackScript callback : this.migrations.callbacks(event)) {
			logger.info("Running callback {} ({})", callback.script(), event);
			Section section = callback.statements();
			for (int i = 0; i < section.statements().size(); i++) {
				this.executor.execute(new StatementExecutor.StatementAt(callback.script(), null, section, i), Map.of());
			}
		}
	}

	/**
	 * Runs an event's callbacks after a failure, logging rather than throwing what fails
	 * there, so the original failure is the one reported.
	 */
	void runAfterFailure(String event) {
		try {
			run(event);
		}
		catch (RuntimeException ex) {
			logger.warn("The {} callback failed too: {}", event, ex.getMessage());
		}
	}

}
