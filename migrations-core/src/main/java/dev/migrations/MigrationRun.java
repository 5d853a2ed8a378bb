package dev.migrations;

import java.time.Duration;
import java.util.Objects;

/**
 * One run of one migration in one direction: which migration, which way, whether in one
 * transaction, and how long it has run. A {@link MigrationListener} hears it as it goes
 * (a duration of zero before it starts, the time so far while it runs, the whole run once
 * it ended); {@link MigrateResult#applied()} and {@link UndoResult#undone()} list the
 * runs that ended.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param version the version
 * @param description the description
 * @param script the file name (for a Java migration, its class name)
 * @param direction up (migrate) or down (undo)
 * @param transactional whether it runs in one transaction
 * @param duration how long it has run
 */
public record MigrationRun(Version version, String description, String script, Direction direction,
		boolean transactional, Duration duration) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if a value is {@code null}
	 * @throws IllegalArgumentException if the duration is negative
	 */
	public MigrationRun {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(script, "script");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(duration, "duration");
		if (duration.isNegative()) {
			throw new IllegalArgumentException("A run cannot last a negative time: " + duration);
		}
	}

	/**
	 * A run about to start: its duration is zero.
	 * @param version the version
	 * @param description the description
	 * @param script the file or class name
	 * @param direction up or down
	 * @param transactional whether it runs in one transaction
	 * @return the run
	 */
	public static MigrationRun starting(Version version, String description, String script, Direction direction,
			boolean transactional) {
		return new MigrationRun(version, description, script, direction, transactional, Duration.ZERO);
	}

	/**
	 * This run, having lasted a given time.
	 * @param duration how long it has run
	 * @return a copy with that duration
	 */
	public MigrationRun after(Duration duration) {
		return new MigrationRun(this.version, this.description, this.script, this.direction, this.transactional,
				duration);
	}

	/**
	 * Which section of a migration runs.
	 */
	public enum Direction {

		/** The up section, run by migrate. */
		UP,

		/** The down section, run by undo. */
		DOWN

	}

}
