package dev.migrations.internal.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.migrations.MigrationInfo;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.MissingFilePolicy;
import dev.migrations.RepeatableInfo;
import dev.migrations.ScriptException;
import dev.migrations.ValidationProblem;
import dev.migrations.ValidationProblem.Kind;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.discovery.RegisteredJavaMigration;
import dev.migrations.internal.discovery.RepeatableScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.history.History;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.history.RepeatableRow;

/**
 * Compares the files with the history: each version gets one {@link MigrationState}, and
 * the disagreements become {@link ValidationProblem}s. Stateless and thread-safe.
 */
final class StatusCalculator {

	private StatusCalculator() {
	}

	static MigrationStatus status(MigrationSet files, History history, int serverVersion, boolean contractEnabled) {
		List<HistoryRow> rows = history.rows();
		// hashed, not sorted, while matching: ten thousand versions compared in a tree
		// cost more than the history query; the result is sorted once at the end
		Map<Version, HistoryRow> byVersion = new HashMap<>(rows.size() * 2);
		Version newestApplied = null;
		for (HistoryRow row : rows) {
			byVersion.put(row.version(), row);
			if (!row.partial() && (newestApplied == null || row.version().compareTo(newestApplied) > 0)) {
				newestApplied = row.version();
			}
		}
		Map<Version, MigrationInfo> all = new HashMap<>(byVersion.size() * 2 + files.versioned().size());
		for (MigrationScript script : files.versioned()) {
			HistoryRow row = byVersion.get(script.version());
			all.put(script.version(), (row != null) ? applied(script, row, serverVersion)
					: pending(script, newestApplied, serverVersion, contractEnabled));
		}
		for (RegisteredJavaMigration java : files.java()) {
			HistoryRow row = byVersion.get(java.version());
			all.put(java.version(), (row != null) ? applied(java, row) : pending(java, newestApplied));
		}
		for (HistoryRow row : rows) {
			if (!all.containsKey(row.version())) {
				all.put(row.version(), missing(row));
			}
		}
		List<MigrationInfo> migrations = new ArrayList<>(all.values());
		migrations.sort(Comparator.comparing(MigrationInfo::version));
		return new MigrationStatus(migrations, newestApplied, repeatables(files, history));
	}

	static boolean changed(MigrationScript script, HistoryRow row) {
		// a row taken over from Flyway is checked with Flyway's own checksum, so an old
		// file edited
		// before the take-over is still caught
		if (row.flywayChecksum() != null && script.flywayChecksum() != null) {
			return !row.flywayChecksum().equals(script.flywayChecksum());
		}
		return !row.checksum().equals(script.checksum());
	}

	static boolean changed(RepeatableScript script, RepeatableRow row) {
		return (row.flywayChecksum() != null) ? row.flywayChecksum() != script.flywayChecksum()
				: !row.checksum().equals(script.checksum());
	}

	private static List<RepeatableInfo> repeatables(MigrationSet files, History history) {
		Map<String, RepeatableRow> rows = new TreeMap<>();
		history.repeatables().forEach((row) -> rows.put(row.description(), row));
		Map<String, RepeatableInfo> all = new TreeMap<>();
		for (RepeatableScript script : files.repeatables()) {
			RepeatableRow row = rows.get(script.description());
			RepeatableInfo.State state = (row != null && !changed(script, row)) ? RepeatableInfo.State.APPLIED
					: RepeatableInfo.State.PENDING;
			all.put(script.description(), new RepeatableInfo(script.description(), script.script(), state,
					script.checksum(), (row != null) ? row.appliedAt() : null, (row != null) ? row.appliedBy() : null));
		}
		for (RepeatableRow row : history.repeatables()) {
			all.putIfAbsent(row.description(), new RepeatableInfo(row.description(), row.script(),
					RepeatableInfo.State.MISSING_FILE, row.checksum(), row.appliedAt(), row.appliedBy()));
		}
		return new ArrayList<>(all.values());
	}

	private static MigrationInfo applied(MigrationScript script, HistoryRow row, int serverVersion) {
		MigrationState state = changed(script, row) ? MigrationState.CHANGED
				: row.partial() ? MigrationState.PARTIAL : MigrationState.APPLIED;
		return new MigrationInfo(script.version(), script.description(), script.script(), state, row.checksum(),
				row.appliedAt(), row.appliedBy(), row.executionTime(), row.downSql() != null,
				ranInTransaction(script, row, serverVersion), script.upText(), row.downSql(), row.origin(),
				row.batchPosition());
	}

	/**
	 * Whether an applied migration ran in one transaction, as its history row records:
	 * one that ran statement by statement counted its statements. Its file is not split
	 * for this. A row recorded without running here (taken over from Flyway's history, or
	 * at or below the baseline) says nothing, so the file's statements decide, while they
	 * still split.
	 */
	private static boolean ranInTransaction(MigrationScript script, HistoryRow row, int serverVersion) {
		if (row.origin() == null) {
			return !row.partial() && row.statementsDone() == 0;
		}
		try {
			return script.up().transactional(serverVersion);
		}
		catch (ScriptException ex) {
			return true;
		}
	}

	private static MigrationInfo pending(MigrationScript script, Version newestApplied, int serverVersion,
			boolean contractEnabled) {
		// a held contract migration is older than what follows it by design: never out of
		// order
		MigrationState state = (script.contract() && !contractEnabled) ? MigrationState.HELD
				: (!script.contract() && newestApplied != null && script.version().compareTo(newestApplied) < 0)
						? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
		return new MigrationInfo(script.version(), script.description(), script.script(), state, script.checksum(),
				null, null, null, script.reversible(), script.up().transactional(serverVersion), script.upText(),
				script.downText(), null, null);
	}

	// a Java migration's checksum covers its class name and version: code cannot be
	// checksummed
	private static MigrationInfo applied(RegisteredJavaMigration java, HistoryRow row) {
		MigrationState state = !row.checksum().equals(java.checksum()) ? MigrationState.CHANGED
				: row.partial() ? MigrationState.PARTIAL : MigrationState.APPLIED;
		return new MigrationInfo(java.version(), java.description(), java.script(), state, row.checksum(),
				row.appliedAt(), row.appliedBy(), row.executionTime(), row.downSql() != null, java.transactional(),
				null, row.downSql(), row.origin(), row.batchPosition());
	}

	private static MigrationInfo pending(RegisteredJavaMigration java, Version newestApplied) {
		MigrationState state = (newestApplied != null && java.version().compareTo(newestApplied) < 0)
				? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
		return new MigrationInfo(java.version(), java.description(), java.script(), state, java.checksum(), null, null,
				null, java.migration().reversible(), java.transactional(), null, java.downMarker(), null, null);
	}

	private static MigrationInfo missing(HistoryRow row) {
		return new MigrationInfo(row.version(), row.description(), row.script(), MigrationState.MISSING_FILE,
				row.checksum(), row.appliedAt(), row.appliedBy(), row.executionTime(), row.downSql() != null, true,
				null, row.downSql(), row.origin(), row.batchPosition());
	}

	/**
	 * The problems that stop a migrate: edited and (by policy) missing applied
	 * migrations, and (unless allowed) out-of-order pending ones. Pending and partial
	 * migrations are what migrate is for.
	 */
	static List<ValidationProblem> problemsForMigrate(MigrationStatus status, boolean outOfOrder,
			MissingFilePolicy missingFilePolicy) {
		List<ValidationProblem> problems = new ArrayList<>();
		for (MigrationInfo migration : status.migrations()) {
			switch (migration.state()) {
				case CHANGED -> problems.add(changed(migration));
				case MISSING_FILE -> {
					if (missingFilePolicy == MissingFilePolicy.FAIL) {
						problems.add(problem(Kind.MISSING_FILE, migration,
								"migration " + migration.version() + " (" + migration.script()
										+ ") is applied but its file is missing from the locations; restore "
										+ "the file, or set the missingFilePolicy setting to WARN (or IGNORE)"));
					}
				}
				case OUT_OF_ORDER -> {
					if (!outOfOrder) {
						problems.add(problem(Kind.OUT_OF_ORDER, migration, migration.script() + ": version "
								+ migration.version() + " is older than the newest applied one (" + status.current()
								+ ") and is not applied; give it a newer version, or set the outOfOrder setting to true"));
					}
				}
				default -> {
				}
			}
		}
		return problems;
	}

	/**
	 * Every problem, including pending and partial migrations: what {@code validate}
	 * reports.
	 */
	static List<ValidationProblem> problemsForValidate(MigrationStatus status, boolean outOfOrder,
			MissingFilePolicy missingFilePolicy) {
		List<ValidationProblem> problems = new ArrayList<>(problemsForMigrate(status, outOfOrder, missingFilePolicy));
		for (MigrationInfo migration : status.migrations()) {
			if (migration.state() == MigrationState.PENDING
					|| (migration.state() == MigrationState.OUT_OF_ORDER && outOfOrder)) {
				problems.add(problem(Kind.PENDING, migration,
						migration.script() + ": migration " + migration.version() + " is pending; run migrate"));
			}
			else if (migration.state() == MigrationState.PARTIAL) {
				problems.add(problem(Kind.PARTIAL, migration, migration.script() + ": migration " + migration.version()
						+ " stopped part-way (it runs outside a transaction); run migrate to resume it"));
			}
		}
		return problems;
	}

	private static ValidationProblem changed(MigrationInfo migration) {
		String checksums = "flyway".equals(migration.origin())
				? "Flyway's checksum of the file differs from the one in its history"
				: (migration.upSql() == null)
						? "the history records another migration at this version than Java " + "migration "
								+ migration.script()
						: "checksum applied " + migration.checksum() + ", file now "
								+ ScriptParser.checksum(migration.upSql());
		return problem(Kind.CHANGED, migration,
				migration.script() + ": migration " + migration.version() + " was edited after it was applied ("
						+ checksums + "); an applied migration must never change: "
						+ "revert the edit and write a new migration for the change");
	}

	private static ValidationProblem problem(Kind kind, MigrationInfo migration, String message) {
		return new ValidationProblem(kind, migration.version(), migration.script(), message);
	}

}
