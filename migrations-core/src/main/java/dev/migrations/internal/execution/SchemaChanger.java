package dev.migrations.internal.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationInfo;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.MissingFilePolicy;
import dev.migrations.UndoResult;
import dev.migrations.ValidationException;
import dev.migrations.ValidationProblem;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.discovery.RegisteredJavaMigration;
import dev.migrations.internal.discovery.RepeatableScript;
import dev.migrations.internal.history.History;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.lint.Linter;
import dev.migrations.lint.LintException;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands that change the schema, migrate and undo, each under the migration lock. A
 * command takes the lock first (then its work connection, see {@link RunScope}), and only
 * then reads the history and compares it with the files, so that what it applies or
 * undoes is decided on a history no other migrator can change until it ends. The one
 * exception is a migrate with nothing to do, which {@link UpToDateCheck} recognises on a
 * read without the lock (and any doubt sends it down the locked path). Failures are
 * returned as results, never thrown. Thread-safe: each command opens its own scope.
 */
public final class SchemaChanger {

	private static final Logger logger = LoggerFactory.getLogger(SchemaChanger.class);

	private final DataSource dataSource;

	private final MigrationsConfiguration configuration;

	private final MigrationListener listener;

	private final Supplier<MigrationSet> migrations;

	private final UpToDateCheck upToDate;

	SchemaChanger(DataSource dataSource, MigrationsConfiguration configuration, MigrationListener listener,
			Supplier<MigrationSet> migrations) {
		this.dataSource = dataSource;
		this.configuration = configuration;
		this.listener = listener;
		this.migrations = migrations;
		this.upToDate = new UpToDateCheck(dataSource, configuration);
	}

	/**
	 * Applies pending migrations up to a target, then the repeatable ones that changed.
	 * When a read without the lock shows nothing to do ({@link UpToDateCheck}), that is
	 * the answer, and no lock is taken; otherwise the lock is taken and everything is
	 * decided again on the history read under it. The files are read while the first
	 * connection opens; every failure, a file that cannot be read or split included, is
	 * returned as {@link MigrateResult.Failed}, and a file that cannot be read fails the
	 * migrate before anything is applied, whatever the database answered.
	 * @param target the last version to apply, or {@code null} for all
	 * @return the result
	 */
	public MigrateResult migrate(Version target) {
		List<MigrationRun> applied = new ArrayList<>();
		try {
			ReadAhead<MigrationSet> files = ReadAhead.start(this.migrations);
			Optional<MigrationStatus> current = this.upToDate.upToDate(files, target);
			if (current.isPresent()) {
				warnAboutMissingFiles(current.get());
				return result(current.get(), List.of(), applied);
			}
			MigrationSet migrations = files.join();
			try (RunScope scope = RunScope.open(this.dataSource, this.configuration, this.listener)) {
				return migrate(scope, migrations, target, applied);
			}
		}
		catch (MigrationException ex) {
			logger.error("Migration failed: {}", ex.getMessage());
			return new MigrateResult.Failed(applied, ex);
		}
	}

	private MigrateResult migrate(RunScope scope, MigrationSet migrations, Version target, List<MigrationRun> applied) {
		History history = new HistorySetup(this.configuration).prepare(scope, migrations);
		MigrationStatus status = StatusCalculator.status(migrations, history, scope.session().serverVersion(),
				this.configuration.contractEnabled());
		List<ValidationProblem> problems = StatusCalculator.problemsForMigrate(status, this.configuration.outOfOrder(),
				this.configuration.missingFilePolicy());
		if (!problems.isEmpty()) {
			return new MigrateResult.Failed(applied, new ValidationException(problems));
		}
		warnAboutMissingFiles(status);
		List<MigrationInfo> pending = PendingMigrations.of(status, target, this.configuration.outOfOrder());
		List<RepeatableScript> repeatables = (target != null) ? List.<RepeatableScript>of()
				: changedRepeatables(migrations, status);
		checkPlaceholders(scope, migrations, pending, repeatables);
		if (this.configuration.lintMode() != LintMode.OFF) {
			lintBeforeMigrate(scope.session(), PendingMigrations.scripts(migrations, pending));
		}
		if (pending.isEmpty() && repeatables.isEmpty() && migrations.callbacks().isEmpty()) {
			// the every-boot path: nothing to run, so no timeouts to set and no watch
			// to start
			return result(status, pending, applied);
		}
		RunScope.Runner runner = scope.runner(this.configuration, this.listener, migrations);
		try {
			runner.callbacks().run("beforeMigrate");
			apply(runner, migrations, history, pending, applied);
			repeatables.forEach(runner.migrations()::repeatable);
			if (!applied.isEmpty() || !repeatables.isEmpty()) {
				runner.callbacks().run("afterMigrateApplied");
			}
			runner.callbacks().run("afterMigrate");
		}
		catch (MigrationException ex) {
			runner.callbacks().runAfterFailure("afterMigrateError");
			throw ex;
		}
		return result(status, pending, applied);
	}

	private MigrateResult result(MigrationStatus status, List<MigrationInfo> pending, List<MigrationRun> applied) {
		logHeld(status);
		if (applied.isEmpty()) {
			logger.info("Schema is up to date at version {}", status.current());
			return new MigrateResult.UpToDate(status.current());
		}
		Version newest = applied.stream().map(MigrationRun::version).max(Comparator.naturalOrder()).orElseThrow();
		Version current = (status.current() == null || newest.compareTo(status.current()) > 0) ? newest
				: status.current();
		logger.info("Applied {} of {} pending migration(s); now at version {}", applied.size(), pending.size(),
				current);
		return new MigrateResult.Applied(applied, current);
	}

	private void apply(RunScope.Runner runner, MigrationSet migrations, History history, List<MigrationInfo> pending,
			List<MigrationRun> applied) {
		Map<Version, MigrationScript> byVersion = new TreeMap<>();
		migrations.versioned().forEach((script) -> byVersion.put(script.version(), script));
		Map<Version, HistoryRow> partial = new TreeMap<>();
		history.rows().stream().filter(HistoryRow::partial).forEach((row) -> partial.put(row.version(), row));
		if (!pending.isEmpty()) {
			logger.info("Migrating: {} pending", pending.size());
		}
		for (MigrationInfo migration : pending) {
			MigrationScript script = byVersion.get(migration.version());
			HistoryRow row = partial.get(migration.version());
			applied.add((script != null) ? runner.migrations().up(script, row)
					: runner.migrations().up(migrations.java(migration.version()).orElseThrow(), row));
		}
	}

	private void lintBeforeMigrate(Session session, List<MigrationScript> pending) {
		if (pending.isEmpty()) {
			return;
		}
		List<LintFinding> findings = new Linter(session.catalog(), session.serverVersion()).lint(pending,
				this.configuration.lintStartAfter());
		for (LintFinding finding : findings) {
			if (finding.suppressed()) {
				logger.info("{}", finding.format());
			}
			else if (!finding.blocking() || this.configuration.lintMode() == LintMode.WARN) {
				logger.warn("{}", finding.format());
			}
		}
		if (this.configuration.lintMode() == LintMode.FAIL && findings.stream().anyMatch(LintFinding::blocking)) {
			throw new LintException(findings);
		}
	}

	private void checkPlaceholders(RunScope scope, MigrationSet migrations, List<MigrationInfo> pending,
			List<RepeatableScript> repeatables) {
		Placeholders placeholders = scope.placeholders(this.configuration);
		PendingMigrations.scripts(migrations, pending)
			.forEach((script) -> placeholders.check(script.script(), script.up()));
		repeatables.forEach((repeatable) -> placeholders.check(repeatable.script(), repeatable.up()));
		migrations.callbacks().forEach((callback) -> placeholders.check(callback.script(), callback.statements()));
	}

	private static List<RepeatableScript> changedRepeatables(MigrationSet migrations, MigrationStatus status) {
		return migrations.repeatables()
			.stream()
			.filter((repeatable) -> status.repeatables()
				.stream()
				.anyMatch((info) -> info.description().equals(repeatable.description())
						&& info.state() == dev.migrations.RepeatableInfo.State.PENDING))
			.toList();
	}

	private void warnAboutMissingFiles(MigrationStatus status) {
		if (this.configuration.missingFilePolicy() == MissingFilePolicy.WARN) {
			status.inState(MigrationState.MISSING_FILE)
				.forEach((migration) -> logger.warn("Migration {} ({}) is applied but its file is missing",
						migration.version(), migration.script()));
		}
	}

	private static void logHeld(MigrationStatus status) {
		List<MigrationInfo> held = status.inState(MigrationState.HELD);
		if (!held.isEmpty()) {
			logger.info("Holding {} contract migration(s) until the contractEnabled setting is true: {}", held.size(),
					held.stream().map((migration) -> migration.version().text()).toList());
		}
	}

	/**
	 * Undoes the latest applied migration.
	 * @return the result
	 */
	public UndoResult undoLatest() {
		return undo((rows) -> rows.isEmpty() ? List.of() : List.of(rows.get(rows.size() - 1)));
	}

	/**
	 * Undoes every applied migration newer than a target.
	 * @param target the version to return to, or {@code null} to undo everything
	 * @return the result
	 */
	public UndoResult undoTo(Version target) {
		return undo((rows) -> rows.stream()
			.filter((row) -> target == null || row.version().compareTo(target) > 0)
			.sorted(Comparator.comparing(HistoryRow::version).reversed())
			.toList());
	}

	private UndoResult undo(Function<List<HistoryRow>, List<HistoryRow>> selection) {
		List<MigrationRun> undone = new ArrayList<>();
		try (RunScope scope = RunScope.open(this.dataSource, this.configuration, this.listener)) {
			List<HistoryRow> rows = scope.read().rows();
			List<HistoryRow> selected = selection.apply(rows);
			if (selected.isEmpty()) {
				return new UndoResult.NothingToUndo(newestApplied(rows));
			}
			MigrationSet migrations = this.migrations.get();
			RunScope.Runner runner = scope.runner(this.configuration, this.listener, migrations);
			try {
				runner.callbacks().run("beforeUndo");
				for (HistoryRow row : selected) {
					Optional<RegisteredJavaMigration> java = migrations.java(row.version());
					boolean isJava = RegisteredJavaMigration.marks(row.downSql())
							|| java.filter((registered) -> registered.script().equals(row.script())).isPresent();
					undone
						.add(isJava ? runner.migrations().down(row, java.orElse(null)) : runner.migrations().down(row));
				}
				runner.callbacks().run("afterUndo");
			}
			catch (MigrationException ex) {
				runner.callbacks().runAfterFailure("afterUndoError");
				throw ex;
			}
			return new UndoResult.Undone(undone, newestApplied(scope.read().rows()));
		}
		catch (MigrationException ex) {
			logger.error("Undo failed: {}", ex.getMessage());
			return new UndoResult.Failed(undone, ex);
		}
	}

	private static Version newestApplied(List<HistoryRow> rows) {
		return rows.stream()
			.filter((row) -> !row.partial())
			.map(HistoryRow::version)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
