package dev.migrations;

import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.migrations.internal.execution.Engine;

/**
 * Applies, undoes, validates and reports PostgreSQL migrations: the engine's one entry
 * point.
 * <p>
 * A migrator reads its files once, on first use (files inside a running application
 * cannot change); create a new one to see new files. Every command takes the database's
 * migration lock, a session-level advisory lock held on a connection of its own, so that
 * only one migrator at a time changes a database, and releases it at the end (or, if the
 * process dies, the moment its connection closes).
 * <p>
 * Thread-safe: commands may be called from several threads; the lock serialises them.
 */
public final class Migrator {

	private final Engine engine;

	private final DataSource dataSource;

	/**
	 * Creates a migrator with no listener.
	 * @param dataSource where to migrate; the migrator uses two connections at most
	 * during a command
	 * @param configuration locations, history table and policies
	 */
	public Migrator(DataSource dataSource, MigrationsConfiguration configuration) {
		this(dataSource, configuration, MigrationListener.NONE);
	}

	/**
	 * Creates a migrator.
	 * @param dataSource where to migrate; the migrator uses two connections at most
	 * during a command
	 * @param configuration locations, history table and policies
	 * @param listener hears each migration, lock wait and failure
	 */
	public Migrator(DataSource dataSource, MigrationsConfiguration configuration, MigrationListener listener) {
		this(dataSource, configuration, listener, List.of());
	}

	/**
	 * Creates a migrator that runs Java migrations along with the files, all in version
	 * order. A version claimed by both a file and a Java migration (or by two Java
	 * migrations) fails the first command with a {@link ScriptException} naming both.
	 * @param dataSource where to migrate; the migrator uses two connections at most
	 * during a command
	 * @param configuration locations, history table and policies
	 * @param listener hears each migration, lock wait and failure
	 * @param javaMigrations the Java migrations, in any order
	 */
	public Migrator(DataSource dataSource, MigrationsConfiguration configuration, MigrationListener listener,
			List<JavaMigration> javaMigrations) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.engine = new Engine(dataSource, Objects.requireNonNull(configuration, "configuration"),
				Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(javaMigrations, "javaMigrations"));
	}

	/**
	 * Applies every pending migration, in version order, up to the configured target.
	 * Validates first: an edited or missing applied migration, or an out-of-order pending
	 * one, fails before anything runs. Applied files are only checksummed; pending ones
	 * are read in full, and one that cannot be read or split fails before anything runs.
	 * Every failure is returned, none thrown.
	 * @return what was applied, or the failure (a {@link ScriptException} for a file that
	 * cannot be used) after the ones that succeeded
	 */
	public MigrateResult migrate() {
		return this.engine.migrate(this.engine.configuration().target());
	}

	/**
	 * Applies every pending migration up to and including a target version.
	 * @param target the last version to apply
	 * @return what was applied, or the failure (a {@link ScriptException} for a file that
	 * cannot be used) after the ones that succeeded
	 */
	public MigrateResult migrate(Version target) {
		return this.engine.migrate(Objects.requireNonNull(target, "target"));
	}

	/**
	 * Undoes the latest applied migration, running the down section recorded when it was
	 * applied (so it works even when the file is gone), or for a Java migration the
	 * {@code down} of its class, which must still be registered.
	 * @return what was undone, or the failure
	 */
	public UndoResult undo() {
		return this.engine.undoLatest();
	}

	/**
	 * Undoes every applied migration newer than a target version, newest first. The
	 * target itself stays applied. Stops, undoing nothing more, at an irreversible
	 * migration.
	 * @param target the version to return to
	 * @return what was undone, or the failure after the ones that succeeded
	 */
	public UndoResult undo(Version target) {
		return this.engine.undoTo(Objects.requireNonNull(target, "target"));
	}

	/**
	 * Undoes every applied migration, newest first.
	 * @return what was undone, or the failure after the ones that succeeded
	 */
	public UndoResult undoAll() {
		return this.engine.undoTo(null);
	}

	/**
	 * Every migration known from the files or the history, with its state. Reads the
	 * history once; takes no lock and creates nothing. An applied file is compared by its
	 * checksum alone; a pending one is read in full.
	 * @return the status
	 * @throws ScriptException if a migration file cannot be read, or a pending one cannot
	 * be split
	 * @throws MigrationException if the database cannot be read
	 */
	public MigrationStatus status() {
		return this.engine.status();
	}

	/**
	 * Checks that every file is applied and unchanged: pending, edited, missing,
	 * out-of-order and partial migrations are all problems here. An applied file is
	 * checked by the checksum of its up section, as migrate checks it, and not split
	 * again: while the checksum matches, it is valid even if its text no longer lexes
	 * (its down section edited, say), since the history holds what ran and the down that
	 * undo runs. Takes no lock and changes nothing.
	 * @return valid, or every problem found
	 * @throws ScriptException if a migration file cannot be read, or a pending one cannot
	 * be split
	 * @throws MigrationException if the database cannot be read
	 */
	public ValidateResult validate() {
		return this.engine.validate();
	}

	/**
	 * Lints the pending migrations against the live catalog, without running anything or
	 * taking the lock: each finding names its rule, file, line and column, the lock and
	 * rewrite danger, and the safe alternative. Suppressed findings
	 * ({@code -- migrate:allow <rule> <reason>}) are included, marked.
	 * @return every finding, in file order
	 * @throws ScriptException if a migration file cannot be read or parsed
	 */
	public List<LintFinding> lint() {
		return this.engine.lint();
	}

	/**
	 * A dry run of migrate: each pending migration, its statements, whether it runs in a
	 * transaction, the lock each statement takes on which table, whether it rewrites or
	 * scans it, and the lint findings. Nothing runs and no lock is taken.
	 * @return the plan
	 * @throws ScriptException if a migration file cannot be read or parsed
	 */
	public MigrationPlan plan() {
		return this.engine.plan();
	}

	/**
	 * The engine behind this migrator, for {@link Verifier}.
	 * @return the engine
	 */
	Engine engine() {
		return this.engine;
	}

	/**
	 * The data source this migrator migrates.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/**
	 * The configuration this migrator runs with.
	 * @return the configuration
	 */
	public MigrationsConfiguration configuration() {
		return this.engine.configuration();
	}

}
