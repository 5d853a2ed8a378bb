package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.ExecutedMigration;
import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationInfo;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.MissingFilePolicy;
import dev.migrations.UndoResult;
import dev.migrations.ValidateResult;
import dev.migrations.ValidationException;
import dev.migrations.ValidationProblem;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.discovery.ScriptScanner;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.lock.AdvisoryLock;
import dev.migrations.internal.postgres.BlockerWatch;

/**
 * The commands behind {@link dev.migrations.Migrator}: scan → split → compare → lock →
 * execute → record. Files are read once, on first use. Thread-safe.
 */
public final class Engine {

	private static final Logger logger = LoggerFactory.getLogger(Engine.class);

	private final DataSource dataSource;

	private final MigrationsConfiguration configuration;

	private final MigrationListener listener;

	private volatile List<MigrationScript> scripts;

	/**
	 * Creates the engine.
	 * @param dataSource where to migrate
	 * @param configuration the configuration
	 * @param listener hears what happens
	 */
	public Engine(DataSource dataSource, MigrationsConfiguration configuration, MigrationListener listener) {
		this.dataSource = dataSource;
		this.configuration = configuration;
		this.listener = new SafeListener(listener);
	}

	/**
	 * The configuration.
	 * @return the configuration
	 */
	public MigrationsConfiguration configuration() {
		return this.configuration;
	}

	/**
	 * The parsed migration files, read on first call.
	 * @return the migrations in version order
	 */
	public List<MigrationScript> scripts() {
		List<MigrationScript> result = this.scripts;
		if (result == null) {
			synchronized (this) {
				result = this.scripts;
				if (result == null) {
					ClassLoader classLoader = (this.configuration.classLoader() != null)
							? this.configuration.classLoader() : Engine.class.getClassLoader();
					result = List.copyOf(new ScriptParser()
						.parse(new ScriptScanner(classLoader).scan(this.configuration.locations())));
					this.scripts = result;
				}
			}
		}
		return result;
	}

	/**
	 * Applies pending migrations up to a target.
	 * @param target the last version to apply, or {@code null} for all
	 * @return the result
	 */
	public MigrateResult migrate(Version target) {
		List<MigrationScript> scripts = scripts();
		List<ExecutedMigration> applied = new ArrayList<>();
		try (Session session = Session.open(this.dataSource, this.configuration);
				AdvisoryLock.Held lock = lock(session)) {
			createHistory(session);
			List<HistoryRow> rows = read(session);
			MigrationStatus status = StatusCalculator.status(scripts, rows, session.serverVersion(),
					this.configuration.contractEnabled());
			List<ValidationProblem> problems = StatusCalculator.problemsForMigrate(status,
					this.configuration.outOfOrder(), this.configuration.missingFilePolicy());
			if (!problems.isEmpty()) {
				return new MigrateResult.Failed(applied, new ValidationException(problems));
			}
			warnAboutMissingFiles(status);
			List<MigrationInfo> pending = pending(status, target);
			if (pending.isEmpty()) {
				held(status);
				logger.info("Schema {} is up to date at version {}", session.history().qualifiedName(),
						status.current());
				return new MigrateResult.UpToDate(status.current());
			}
			logger.info("Migrating {} from version {}: {} pending", session.history().qualifiedName(), status.current(),
					pending.size());
			Map<Version, MigrationScript> byVersion = byVersion(scripts);
			Map<Version, HistoryRow> partial = partialRows(rows);
			try (BlockerWatch watch = new BlockerWatch(this.dataSource, session.backendPid())) {
				ScriptRunner runner = runner(session, lock, watch);
				for (MigrationInfo migration : pending) {
					applied.add(runner.up(byVersion.get(migration.version()), partial.get(migration.version())));
				}
			}
			held(status);
			Version current = applied.stream()
				.map(ExecutedMigration::version)
				.max(Comparator.naturalOrder())
				.filter((version) -> status.current() == null || version.compareTo(status.current()) > 0)
				.orElse(status.current());
			return new MigrateResult.Applied(applied, current);
		}
		catch (MigrationException ex) {
			logger.error("Migration failed: {}", ex.getMessage());
			return new MigrateResult.Failed(applied, ex);
		}
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

	private UndoResult undo(java.util.function.Function<List<HistoryRow>, List<HistoryRow>> selection) {
		List<ExecutedMigration> undone = new ArrayList<>();
		try (Session session = Session.open(this.dataSource, this.configuration);
				AdvisoryLock.Held lock = lock(session)) {
			List<HistoryRow> rows = read(session);
			List<HistoryRow> selected = selection.apply(rows);
			if (selected.isEmpty()) {
				return new UndoResult.NothingToUndo(newestApplied(rows));
			}
			try (BlockerWatch watch = new BlockerWatch(this.dataSource, session.backendPid())) {
				ScriptRunner runner = runner(session, lock, watch);
				for (HistoryRow row : selected) {
					undone.add(runner.down(row));
				}
			}
			return new UndoResult.Undone(undone, newestApplied(read(session)));
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
		List<MigrationScript> scripts = scripts();
		try (Session session = Session.open(this.dataSource, this.configuration)) {
			return StatusCalculator.status(scripts, read(session), session.serverVersion(),
					this.configuration.contractEnabled());
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

	private ScriptRunner runner(Session session, AdvisoryLock.Held lock, BlockerWatch watch) {
		Timeouts timeouts = new Timeouts(this.configuration, session);
		try {
			timeouts.start();
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not set lock_timeout/statement_timeout: " + ex.getMessage()
					+ " (check migrations.lock-timeout and migrations.statement-timeout)", ex);
		}
		StatementExecutor executor = new StatementExecutor(session, lock, timeouts, watch);
		return new ScriptRunner(executor, new LockRetry(this.configuration, this.listener, watch), this.listener);
	}

	private static void held(MigrationStatus status) {
		List<MigrationInfo> held = status.inState(MigrationState.HELD);
		if (!held.isEmpty()) {
			logger.info("Holding {} contract migration(s) until migrations.contract.enabled=true: {}", held.size(),
					held.stream().map((migration) -> migration.version().text()).toList());
		}
	}

	private AdvisoryLock.Held lock(Session session) {
		AdvisoryLock.Held held = new AdvisoryLock(this.dataSource, session.history().qualifiedName())
			.acquire(this.configuration.lockWaitTimeout());
		this.listener.lockAcquired(held.waited());
		return held;
	}

	private void createHistory(Session session) {
		try {
			session.history().create(session.connection(), this.configuration.createSchema());
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not create the history table " + session.history().qualifiedName()
					+ ": " + ex.getMessage() + " (SQLState " + ex.getSQLState() + "); check the role's rights, "
					+ "or set migrations.schema / migrations.create-schema", ex);
		}
	}

	private static List<HistoryRow> read(Session session) {
		try {
			return session.history().read(session.connection());
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not read the history table " + session.history().qualifiedName() + ": "
					+ ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	private static Map<Version, MigrationScript> byVersion(List<MigrationScript> scripts) {
		Map<Version, MigrationScript> map = new TreeMap<>();
		scripts.forEach((script) -> map.put(script.version(), script));
		return map;
	}

	private static Map<Version, HistoryRow> partialRows(List<HistoryRow> rows) {
		Map<Version, HistoryRow> map = new TreeMap<>();
		rows.stream().filter(HistoryRow::partial).forEach((row) -> map.put(row.version(), row));
		return map;
	}

}
