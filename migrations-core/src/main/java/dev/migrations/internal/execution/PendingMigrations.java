package dev.migrations.internal.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrations.MigrationInfo;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.MigrationSet;

/**
 * Which migrations a command would run, as the changing commands and the inspections both
 * see them.
 */
final class PendingMigrations {

	private PendingMigrations() {
	}

	/**
	 * The migrations to apply, in version order: pending and partial ones, and
	 * out-of-order ones when allowed, up to a target.
	 */
	static List<MigrationInfo> of(MigrationStatus status, Version target, boolean outOfOrder) {
		return status.migrations()
			.stream()
			.filter((migration) -> migration.state() == MigrationState.PENDING
					|| migration.state() == MigrationState.PARTIAL
					|| (migration.state() == MigrationState.OUT_OF_ORDER && outOfOrder))
			.filter((migration) -> target == null || migration.version().compareTo(target) <= 0)
			.toList();
	}

	/**
	 * The files of the pending migrations, split in full (both sections), so that one
	 * that cannot run fails before anything runs.
	 */
	static List<MigrationScript> scripts(MigrationSet migrations, List<MigrationInfo> pending) {
		if (pending.isEmpty()) {
			return List.of();
		}
		Map<Version, MigrationScript> byVersion = new HashMap<>();
		migrations.versioned().forEach((script) -> byVersion.put(script.version(), script));
		// Java migrations are code: neither linted nor planned statement by statement
		return pending.stream()
			.map((migration) -> byVersion.get(migration.version()))
			.filter(Objects::nonNull)
			.map(MigrationScript::parse)
			.toList();
	}

}
