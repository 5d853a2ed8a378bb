package dev.migrations.autoconfigure;

import java.util.function.Supplier;

/**
 * Wraps each run of a migrator command (migrate, undo, validate, status, lint, plan,
 * verify) started by the auto-configuration, so that tracing can see it: the metrics
 * auto-configuration provides one that opens a Micrometer {@code Observation}.
 * Implementations must be thread-safe.
 */
public interface MigrationsCommandObserver {

	/** An observer that only runs the command. */
	MigrationsCommandObserver NONE = new MigrationsCommandObserver() {

		@Override
		public <T> T observe(String command, Supplier<T> run) {
			return run.get();
		}

	};

	/**
	 * Runs a command.
	 * @param <T> the command's result type
	 * @param command the command's name, such as {@code migrate}
	 * @param run runs the command
	 * @return the command's result
	 */
	<T> T observe(String command, Supplier<T> run);

}
