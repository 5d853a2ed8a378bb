package dev.migrations.internal.execution;

import java.time.Duration;

import dev.migrations.MigrationRun;
import dev.migrations.MigrationRun.Direction;
import dev.migrations.Version;

/**
 * A migration while it runs: what runs and when it started, so that whatever reports on
 * it (a retry, a batch) can say how long it has run so far.
 *
 * @param run the run, as it started (duration zero)
 * @param startNanos when it started, in {@link System#nanoTime()}
 */
record Running(MigrationRun run, long startNanos) {

	static Running start(Version version, String description, String script, Direction direction,
			boolean transactional) {
		return new Running(MigrationRun.starting(version, description, script, direction, transactional),
				System.nanoTime());
	}

	MigrationRun soFar() {
		return this.run.after(Duration.ofNanos(System.nanoTime() - this.startNanos));
	}

	Version version() {
		return this.run.version();
	}

	String description() {
		return this.run.description();
	}

	String script() {
		return this.run.script();
	}

	Direction direction() {
		return this.run.direction();
	}

	boolean transactional() {
		return this.run.transactional();
	}

}
