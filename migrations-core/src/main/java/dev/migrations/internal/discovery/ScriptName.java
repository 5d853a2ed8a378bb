package dev.migrations.internal.discovery;

import java.util.Set;

import dev.migrations.ScriptException;
import dev.migrations.Version;

/**
 * The parts of a migration file name. Ours: {@code <version>_<description>.sql}, or a
 * pair {@code <version>_<description>.up.sql} / {@code .down.sql}. Flyway's, accepted as
 * they are: {@code V<version>__<description>.sql} (the whole file is the up),
 * {@code U<version>__<description>.sql} (its undo), {@code R__<description>.sql}
 * (repeatable, in either format), and SQL callbacks named after their event
 * ({@code beforeMigrate.sql}, {@code afterMigrate__refresh_views.sql}, …).
 *
 * @param version the version, or {@code null} for a repeatable or a callback
 * @param description the description, underscores turned into spaces (for a callback: its
 * event)
 * @param kind what the file holds
 */
record ScriptName(Version version, String description, Kind kind) {

	/** Flyway's SQL callback events this engine runs. */
	static final Set<String> CALLBACK_EVENTS = Set.of("beforeMigrate", "beforeEachMigrate",
			"beforeEachMigrateStatement", "afterEachMigrate", "afterEachMigrateStatement", "afterEachMigrateError",
			"afterMigrate", "afterMigrateApplied", "afterMigrateError", "beforeUndo", "beforeEachUndo", "afterEachUndo",
			"afterEachUndoError", "afterUndo", "afterUndoError", "beforeValidate", "afterValidate", "beforeInfo",
			"afterInfo", "beforeRepair", "afterRepair", "beforeClean", "afterClean", "beforeBaseline", "afterBaseline",
			"createSchema", "beforeCreateSchema");

	enum Kind {

		/** Ours, with both sections. */
		SECTIONS,
		/** Ours, the up of a pair. */
		UP,
		/** Ours, the down of a pair. */
		DOWN,
		/** Flyway's versioned migration: the whole file is the up. */
		FLYWAY_VERSIONED,
		/** Flyway's undo migration. */
		FLYWAY_UNDO,
		/** A repeatable migration, in either format. */
		REPEATABLE,
		/** A SQL callback. */
		CALLBACK

	}

	static ScriptName parse(String fileName) {
		String stem = fileName.substring(0, fileName.length() - ".sql".length());
		ScriptName flyway = flyway(fileName, stem);
		if (flyway != null) {
			return flyway;
		}
		Kind kind = stem.endsWith(".up") ? Kind.UP : stem.endsWith(".down") ? Kind.DOWN : Kind.SECTIONS;
		if (kind != Kind.SECTIONS) {
			stem = stem.substring(0, stem.lastIndexOf('.'));
		}
		int versionLength = Version.prefixLength(stem);
		if (versionLength == 0 || versionLength + 1 >= stem.length() || stem.charAt(versionLength) != '_') {
			throw new ScriptException(ScriptException.Kind.NAME, fileName, 0, 0,
					"file name does not parse: expected <version>_<description>.sql with a version of digit groups "
							+ "joined by '_' or '.', e.g. 20260501_01_add_phone_to_users.sql "
							+ "(or a pair <version>_<description>.up.sql and .down.sql, or Flyway's V<version>__<description>.sql)");
		}
		return new ScriptName(Version.parse(stem.substring(0, versionLength)),
				description(fileName, stem, versionLength + 1), kind);
	}

	private static ScriptName flyway(String fileName, String stem) {
		int separator = stem.indexOf("__");
		String prefix = (separator < 0) ? stem : stem.substring(0, separator);
		if (CALLBACK_EVENTS.contains(prefix)) {
			return new ScriptName(null, prefix, Kind.CALLBACK);
		}
		if (separator < 0) {
			return null;
		}
		if (prefix.equals("R")) {
			return new ScriptName(null, description(fileName, stem, separator + 2), Kind.REPEATABLE);
		}
		if ((prefix.startsWith("V") || prefix.startsWith("U")) && prefix.length() > 1
				&& Version.prefixLength(prefix.substring(1)) == prefix.length() - 1) {
			return new ScriptName(Version.parse(prefix.substring(1)), description(fileName, stem, separator + 2),
					prefix.startsWith("V") ? Kind.FLYWAY_VERSIONED : Kind.FLYWAY_UNDO);
		}
		return null;
	}

	private static String description(String fileName, String stem, int start) {
		String description = stem.substring(start).replace('_', ' ').trim();
		if (description.isEmpty()) {
			throw new ScriptException(ScriptException.Kind.NAME, fileName, 0, 0, "file name has an empty description");
		}
		return description;
	}

	boolean versioned() {
		return this.version != null;
	}

}
