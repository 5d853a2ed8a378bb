package dev.migrations.autoconfigure.metrics;

import java.util.Objects;
import java.util.function.Supplier;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.UndoResult;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import dev.migrations.verify.VerifyException;
import dev.migrations.verify.VerifyReport;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Wraps each command run in a Micrometer {@link Observation} named
 * {@code migrations.command}, with the low-cardinality keys {@code command} (migrate,
 * undo, validate, status, lint, plan, verify) and {@code outcome} (success, failure), so
 * that traces show the run and, with a meter registry, a timer records it. A failed
 * migrate or undo result, or a failed verify report, is recorded as the observation's
 * error. Thread-safe.
 */
public class CommandObservation implements MigrationsCommandObserver {

	/** The observation's name. */
	public static final String NAME = "migrations.command";

	private final ObservationRegistry registry;

	/**
	 * Creates the observer.
	 * @param registry the observation registry
	 */
	public CommandObservation(ObservationRegistry registry) {
		this.registry = Objects.requireNonNull(registry, "registry");
	}

	@Override
	public <T> T observe(String command, Supplier<T> run) {
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("migrations " + command)
			.lowCardinalityKeyValue("command", command)
			.lowCardinalityKeyValue("outcome", "failure");
		return observation.observe(() -> {
			T result = run.get();
			MigrationException error = error(result);
			if (error != null) {
				observation.error(error);
			}
			observation.lowCardinalityKeyValue("outcome", (error != null) ? "failure" : "success");
			return result;
		});
	}

	private static MigrationException error(Object result) {
		if (result instanceof MigrateResult.Failed failed) {
			return failed.error();
		}
		if (result instanceof UndoResult.Failed failed) {
			return failed.error();
		}
		if (result instanceof VerifyReport report && !report.passed()) {
			return new VerifyException(report);
		}
		return null;
	}

}
