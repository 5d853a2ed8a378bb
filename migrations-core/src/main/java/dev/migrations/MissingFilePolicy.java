package dev.migrations;

/**
 * What validation does with an applied migration whose file is no longer among the
 * locations.
 */
public enum MissingFilePolicy {

	/** Validation fails, naming the version (the default). */
	FAIL,

	/** Validation logs a warning and goes on. */
	WARN,

	/** Validation goes on silently. */
	IGNORE

}
