package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.migrations.MigrationRun;
import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationInfo;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.MissingDownPolicy;
import dev.migrations.MissingFilePolicy;
import dev.migrations.UndoResult;
import dev.migrations.ValidateResult;
import dev.migrations.ValidationException;
import dev.migrations.ValidationProblem;
import dev.migrations.Version;
import dev.migrations.internal.discovery.RegisteredJavaMigration;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.RepeatableScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.discovery.ScriptScanner;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.history.History;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.lint.JdbcCatalog;
import dev.migrations.internal.lint.Linter;
import dev.migrations.internal.lint.Planner;
import dev.migrations.lint.LintException;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintMode;
import dev.migrations.lint.MigrationPlan;
import dev.migrations.lint.MigrationPlan.PendingMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands behind {@link dev.migrations.Migrator}: scan → split → compare → lock →
 * execute → record. Files are read once, on first use. Thread-safe.
 */
public final class Engine {

	private static final Logger logger = LoggerFactory.getLogger(Engine.class);

	private final DataSource dataSource;

	private final MigrationsConfiguration configuration;

	private final MigrationListener listener;

	private final Inputs inputs;

	private volatile MigrationSet scripts;

	/**
	 * Creates the engine.
	 * @param dataSource where to migrate
	 * @param configuration the configuration
	 * @param listener hears what happens
	 * @param inputs the sources of the files and the Java migrations
	 */
	public Engine(DataSource dataSource, MigrationsConfiguration configuration, MigrationListener listener,
			Inputs inputs) {
		this.dataSource = dataSource;
		this.configuration = configuration;
		this.listener = new SafeListener(listener);
		this.inputs = inputs;
	}

	/**
	 * The configuration.
	 * @return the configuration
	 */
	public MigrationsConfiguration configuration() {
		return this.configuration;
	}

	/**
	 * The files, read on first call (names, sections and checksums; statements are split
	 * when a migration needs them, once), and the Java migrations.
	 * @return versioned, repeatable, callback and Java migrations
	 * @throws dev.migrations.ScriptException if a file's name, encoding or sections
	 * cannot be read, or two migrations claim one version
	 */
	public MigrationSet scripts() {
		MigrationSet result = this.scripts;
		if (result == null) {
			synchronized (this) {
				result = this.scripts;
				if (result == null) {
					result = new ScriptParser(this.configuration.missingDownPolicy() == MissingDownPolicy.FAIL)
						.read(ScriptScanner.scan(this.inputs.sourcesOf(this.configuration)))
						.withJava(this.inputs.javaMigrations());
					this.scripts = result;
				}
			}
		}
		return result;
	}

	/**
	 * Applies pending migrations up to a target, then the repeatable ones that changed.
	 * Every failure, a file that cannot be read or split included, is returned as
	 * {@link MigrateResult.Failed}.
	 * @param target the last version to apply, or {@code null} for all
	 * @return the result
	 */
	public MigrateResult migrate(Version target) {
		List<MigrationRun> applied = new ArrayList<>();
		try {
			MigrationSet scripts = scripts();
			try (RunScope scope = RunScope.open(this.dataSource, this.configuration, this.listener)) {
				return migrate(scope, scripts, target, applied);
			}
		}
		catch (MigrationException ex) {
			logger.error("Migration failed: {}", ex.getMessage());
			return new MigrateResult.Failed(applied, ex);
		}
	}

	private MigrateResult migrate(RunScope scope, MigrationSet scripts, Version target, List<MigrationRun> applied) {
		History history = new HistorySetup(this.configuration).prepare(scope, scripts);
		MigrationStatus status = StatusCalculator.status(scripts, history, scope.session().serverVersion(),
				this.configuration.contractEnabled());
		List<ValidationProblem> problems = StatusCalculator.problemsForMigrate(status, this.configuration.outOfOrder(),
				this.configuration.missingFilePolicy());
		if (!problems.isEmpty()) {
			return new MigrateResult.Failed(applied, new ValidationException(problems));
		}
		warnAboutMissingFiles(status);
		List<MigrationInfo> pending = pending(status, target);
		List<RepeatableScript> repeatables = (target == null) ? changedRepeatables(scripts, status) : List.of();
		checkPlaceholders(scope, scripts, pending, repeatables);
		if (this.configuration.lintMode() != LintMode.OFF) {
			lintBeforeMigrate(scope.session(), pendingScripts(scripts, pending));
		}
		if (pending.isEmpty() && repeatables.isEmpty() && scripts.callbacks().isEmpty()) {
			// the every-boot path: nothing to run, so no timeouts to set and no watch
			// to start
			return result(status, pending, applied);
		}
		RunScope.Runner runner = scope.runner(this.configuration, this.listener, scripts);
		try {
			runner.callbacks().run("beforeMigrate");
			apply(runner, scripts, history, pending, applied);
			repeatables.forEach(runner.scripts()::repeatable);
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
		held(status);
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

	private void apply(RunScope.Runner runner, MigrationSet scripts, History history, List<MigrationInfo> pending,
			List<MigrationRun> applied) {
		Map<Version, MigrationScript> byVersion = new TreeMap<>();
		scripts.versioned().forEach((script) -> byVersion.put(script.version(), script));
		Map<Version, HistoryRow> partial = new TreeMap<>();
		history.rows().stream().filter(HistoryRow::partial).forEach((row) -> partial.put(row.version(), row));
		if (!pending.isEmpty()) {
			logger.info("Migrating: {} pending", pending.size());
		}
		for (MigrationInfo migration : pending) {
			MigrationScript script = byVersion.get(migration.version());
			HistoryRow row = partial.get(migration.version());
			applied.add((script != null) ? runner.scripts().up(script, row)
					: runner.scripts().up(scripts.java(migration.version()).orElseThrow(), row));
		}
	}

	private void lintBeforeMigrate(Session session, List<MigrationScript> pending) {
		if (pending.isEmpty()) {
			return;
		}
		List<LintFinding> findings = new Linter(catalog(session), session.serverVersion()).lint(pending);
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

	/**
	 * The files of the pending migrations, split in full (both sections), so that one
	 * that cannot run fails before anything runs.
	 */
	private static List<MigrationScript> pendingScripts(MigrationSet scripts, List<MigrationInfo> pending) {
		if (pending.isEmpty()) {
			return List.of();
		}
		Map<Version, MigrationScript> byVersion = new HashMap<>();
		scripts.versioned().forEach((script) -> byVersion.put(script.version(), script));
		// Java migrations are code: neither linted nor planned statement by statement
		return pending.stream()
			.map((migration) -> byVersion.get(migration.version()))
			.filter(Objects::nonNull)
			.map(MigrationScript::parse)
			.toList();
	}

	/**
	 * Lints the pending migrations against the live catalog: no lock, nothing run.
	 * @return every finding, suppressed ones included
	 */
	public List<LintFinding> lint() {
		return inspect((session, pending) -> new Linter(catalog(session), session.serverVersion())
			.lint(pendingScripts(scripts(), pending)));
	}

	/**
	 * Plans the pending migrations: statements, locks, rewrites and findings; nothing
	 * run.
	 * @return the plan
	 */
	public MigrationPlan plan() {
		return inspect((session, pending) -> {
			Planner planner = new Planner(catalog(session), session.serverVersion());
			return withJava(planner.plan(pendingScripts(scripts(), pending)), pending);
		});
	}

	// a schema put first on the search path is where unqualified names land
	private JdbcCatalog catalog(Session session) {
		return JdbcCatalog.read(session.connection(),
				this.configuration.schemaOnSearchPath() ? session.history().schema() : null);
	}

	private MigrationPlan withJava(MigrationPlan planned, List<MigrationInfo> pending) {
		List<PendingMigration> all = new ArrayList<>(planned.migrations());
		for (MigrationInfo migration : pending) {
			scripts().java(migration.version())
				.ifPresent((java) -> all.add(new PendingMigration(java.version(), java.script(), java.transactional(),
						List.of(), List.of())));
		}
		all.sort(Comparator.comparing(PendingMigration::version));
		return new MigrationPlan(planned.serverVersionNum(), all);
	}

	private <T> T inspect(BiFunction<Session, List<MigrationInfo>, T> inspection) {
		MigrationSet scripts = scripts();
		try (Session session = Session.open(this.dataSource, this.configuration)) {
			MigrationStatus status = StatusCalculator.status(scripts, session.history().read(session.connection()),
					session.serverVersion(), this.configuration.contractEnabled());
			return inspection.apply(session, pending(status, this.configuration.target()));
		}
		catch (SQLException ex) {
			throw new MigrationException(
					"Could not read the history table: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")",
					ex);
		}
	}

	private void checkPlaceholders(RunScope scope, MigrationSet scripts, List<MigrationInfo> pending,
			List<RepeatableScript> repeatables) {
		Placeholders placeholders = scope.placeholders(this.configuration);
		pendingScripts(scripts, pending).forEach((script) -> placeholders.check(script.script(), script.up()));
		repeatables.forEach((repeatable) -> placeholders.check(repeatable.script(), repeatable.up()));
		scripts.callbacks().forEach((callback) -> placeholders.check(callback.script(), callback.statements()));
	}

	private static List<RepeatableScript> changedRepeatables(MigrationSet scripts, MigrationStatus status) {
		return scripts.repeatables()
			.stream()
			.filter((repeatable) -> status.repeatables()
				.stream()
				.anyMatch((info) -> info.description().equals(repeatable.description())
						&& info.state() == dev.migrations.RepeatableInfo.State.PENDING))
			.toList();
	}

	private List<MigrationInfo> pending(MigrationStatus status, Version target) {
		return status.migrations()
			.stream()
			.filter((migration) -> migration.state() == MigrationState.PENDING
					|| migration.state() == MigrationState.PARTIAL
					|| (migration.state() == MigrationState.OUT_OF_ORDER && this.configuration.outOfOrder()))
			.filter((migration) -> target == null || migration.version().compareTo(target) <= 0)
			.toList();
	}

	private void warnAboutMissingFiles(MigrationStatus status) {
		if (this.configuration.missingFilePolicy() == MissingFilePolicy.WARN) {
			status.inState(MigrationState.MISSING_FILE)
				.forEach((migration) -> logger.warn("Migration {} ({}) is applied but its file is missing",
						migration.version(), migration.script()));
		}
	}

	private static void held(MigrationStatus status) {
		List<MigrationInfo> held = status.inState(MigrationState.HELD);
		if (!held.isEmpty()) {
			logger.info("Holding {} contract migration(s) until migrations.contract.enabled=true: {}", held.size(),
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
			MigrationSet scripts = scripts();
			RunScope.Runner runner = scope.runner(this.configuration, this.listener, scripts);
			try {
				runner.callbacks().run("beforeUndo");
				for (HistoryRow row : selected) {
					Optional<RegisteredJavaMigration> java = scripts.java(row.version());
					boolean isJava = RegisteredJavaMigration.marks(row.downSql())
							|| java.filter((registered) -> registered.script().equals(row.script())).isPresent();
					undone.add(isJava ? runner.scripts().down(row, java.orElse(null)) : runner.scripts().down(row));
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

	/**
	 * The status: one history read, no lock.
	 * @return the status
	 */
	public MigrationStatus status() {
		MigrationSet scripts = scripts();
		try (Session session = Session.open(this.dataSource, this.configuration)) {
			return StatusCalculator.status(scripts, session.history().read(session.connection()),
					session.serverVersion(), this.configuration.contractEnabled());
		}
		catch (SQLException ex) {
			throw new MigrationException(
					"Could not read the history table: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")",
					ex);
		}
	}

	/**
	 * Validates files against history, pending migrations included.
	 * @return the result
	 */
	public ValidateResult validate() {
		MigrationStatus status = status();
		List<ValidationProblem> problems = StatusCalculator.problemsForValidate(status, this.configuration.outOfOrder(),
				this.configuration.missingFilePolicy());
		return problems.isEmpty() ? new ValidateResult.Valid(status) : new ValidateResult.Invalid(status, problems);
	}

}
