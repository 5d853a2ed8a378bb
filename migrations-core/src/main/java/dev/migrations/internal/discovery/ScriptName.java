package dev.migrations.internal.discovery;

import dev.migrations.ScriptException;
import dev.migrations.Version;

/**
 * The parts of a migration file name: {@code <version>_<description>.sql}, or one half of
 * a pair, {@code <version>_<description>.up.sql} / {@code .down.sql}.
 *
 * @param version the version
 * @param description the description, underscores turned into spaces
 * @param kind whether the file holds both sections, or only the up or the down of a pair
 */
record ScriptName(Version version, String description, Kind kind) {

	enum Kind {

		SECTIONS, UP, DOWN

	}

	static ScriptName parse(String fileName) {
		Kind kind = fileName.endsWith(".up.sql") ? Kind.UP : fileName.endsWith(".down.sql") ? Kind.DOWN : Kind.SECTIONS;
		String extension = switch (kind) {
			case UP -> ".up.sql";
			case DOWN -> ".down.sql";
			case SECTIONS -> ".sql";
		};
		String stem = fileName.substring(0, fileName.length() - extension.length());
		int versionLength = Version.prefixLength(stem);
		if (versionLength == 0 || versionLength + 1 >= stem.length() || stem.charAt(versionLength) != '_') {
			throw new ScriptException(fileName, 0, 0,
					"file name does not parse: expected <version>_<description>.sql with a version of digit groups "
							+ "joined by '_' or '.', e.g. 20260501_01_add_phone_to_users.sql "
							+ "(or a pair <version>_<description>.up.sql and .down.sql)");
		}
		String description = stem.substring(versionLength + 1).replace('_', ' ').trim();
		if (description.isEmpty()) {
			throw new ScriptException(fileName, 0, 0, "file name has an empty description");
		}
		return new ScriptName(Version.parse(stem.substring(0, versionLength)), description, kind);
	}

}
