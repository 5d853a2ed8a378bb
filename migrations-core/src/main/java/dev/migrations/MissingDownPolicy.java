package dev.migrations;

/**
 * What a Flyway-named migration ({@code V<version>__<description>.sql}) without a
 * matching {@code U<version>__<description>.sql} undo file is.
 */
public enum MissingDownPolicy {

	/** It is irreversible: undo stops there with a clear error (the default). */
	IRREVERSIBLE,

	/** It is an error: every migration must have its undo. */
	FAIL

}
