package dev.migrations;

import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.migrations.internal.execution.Engine;
import dev.migrations.internal.execution.Inputs;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.MigrationPlan;

/**
 * Applies, undoes, validates and reports PostgreSQL migrations: the engine's one entry
 * point.
 * <p>
 * Built by {@link #builder(DataSource)}: <pre>{@code
 * Migrator migrator = Migrator.builder(dataSource)
 *     .configuration(MigrationsConfiguration.builder().schema("app").build())
 *     .listener(listener)
 *     .build();
 * migrator.migrate().orThrow();
 * }</pre> A migrator reads its files once, on first use (files inside a running
 * application cannot change); build a new one to see new files. The commands that change
 * the database ({@code migrate}, {@code undo}) take the database's migration lock, a
 * session-level advisory lock held on a connection of its own, so that only one migrator
 * at a time changes a database, and release it at the end (or, if the process dies, the
 * moment its connection closes); a {@code migrate} that finds, on one read of the
 * history, nothing to do takes no lock. The inspections ({@code status},
 * {@code validate}, {@code lint}, {@code plan}) take no lock and change nothing.
 * <p>
 * Thread-safe: commands may be called from several threads; the lock serialises the ones
 * that change the database.
 */
public final class Migrator {

	private final Engine engine;

	private final DataSource dataSource;

	private final MigrationsConfiguration configuration;

	private final MigrationListener listener;

	private final List<JavaMigration> javaMigrations;

	private final List<MigrationSource> sources;

	private Migrator(Builder builder) {
		this.dataSource = builder.dataSource;
		this.configuration = builder.configuration;
		this.listener = builder.listener;
		this.javaMigrations = List.copyOf(builder.javaMigrations);
		this.sources = List.copyOf(builder.sources);
		this.engine = new Engine(this.dataSource, this.configuration, this.listener,
				new Inputs(this.sources, this.javaMigrations));
	}

	/**
	 * A builder of a migrator of a data source, with the default configuration, no
	 * listener, no Java migration, and the files of the configuration's locations.
	 * @param dataSource where to migrate; the migrator uses two connections at most
	 * during a command
	 * @return a new builder
	 */
	public static Builder builder(DataSource dataSource) {
		return new Builder(dataSource);
	}

	/**
	 * A builder starting from this migrator's settings, to build a changed copy (which
	 * reads its files again).
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this.dataSource).configuration(this.configuration)
			.listener(this.listener)
			.javaMigrations(this.javaMigrations)
			.sources(this.sources);
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
		return this.engine.changer().migrate(this.configuration.target());
	}

	/**
	 * Applies every pending migration up to and including a target version.
	 * @param target the last version to apply
	 * @return what was applied, or the failure (a {@link ScriptException} for a file that
	 * cannot be used) after the ones that succeeded
	 */
	public MigrateResult migrate(Version target) {
		return this.engine.changer().migrate(Objects.requireNonNull(target, "target"));
	}

	/**
	 * Undoes the latest applied migration, running the down section recorded when it was
	 * applied (so it works even when the file is gone), or for a Java migration the
	 * {@code down} of its class, which must still be registered.
	 * @return what was undone, or the failure
	 */
	public UndoResult undo() {
		return this.engine.changer().undoLatest();
	}

	/**
	 * Undoes every applied migration newer than a target version, newest first. The
	 * target itself stays applied. Stops, undoing nothing more, at an irreversible
	 * migration.
	 * @param target the version to return to
	 * @return what was undone, or the failure after the ones that succeeded
	 */
	public UndoResult undo(Version target) {
		return this.engine.changer().undoTo(Objects.requireNonNull(target, "target"));
	}

	/**
	 * Undoes every applied migration, newest first.
	 * @return what was undone, or the failure after the ones that succeeded
	 */
	public UndoResult undoAll() {
		return this.engine.changer().undoTo(null);
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
		return this.engine.inspector().status();
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
		return this.engine.inspector().validate();
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
		return this.engine.inspector().lint();
	}

	/**
	 * A dry run of migrate: each pending migration, its statements, whether it runs in a
	 * transaction, the lock each statement takes on which table, whether it rewrites or
	 * scans it, and the lint findings. Nothing runs and no lock is taken.
	 * @return the plan
	 * @throws ScriptException if a migration file cannot be read or parsed
	 */
	public MigrationPlan plan() {
		return this.engine.inspector().plan();
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
		return this.configuration;
	}

	/**
	 * The listener that hears this migrator's work.
	 * @return the listener ({@link MigrationListener#NONE} when none was set)
	 */
	public MigrationListener listener() {
		return this.listener;
	}

	/**
	 * The Java migrations this migrator runs along with its files.
	 * @return the Java migrations, possibly none
	 */
	public List<JavaMigration> javaMigrations() {
		return this.javaMigrations;
	}

	/**
	 * The sources this migrator reads its files from; empty when it reads the
	 * configuration's locations.
	 * @return the sources
	 */
	public List<MigrationSource> sources() {
		return this.sources;
	}

	/**
	 * Builds a {@link Migrator}. Not thread-safe; a built migrator is independent of its
	 * builder.
	 */
	public static final class Builder {

		private final DataSource dataSource;

		private MigrationsConfiguration configuration = MigrationsConfiguration.defaults();

		private MigrationListener listener = MigrationListener.NONE;

		private List<JavaMigration> javaMigrations = List.of();

		private List<MigrationSource> sources = List.of();

		private Builder(DataSource dataSource) {
			this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		}

		/**
		 * Sets the configuration: history table, timeouts, policies, locations.
		 * @param configuration the configuration
		 * @return this builder
		 */
		public Builder configuration(MigrationsConfiguration configuration) {
			this.configuration = Objects.requireNonNull(configuration, "configuration");
			return this;
		}

		/**
		 * Sets the listener that hears each migration, lock wait and failure (use
		 * {@link MigrationListener#composite} for several).
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(MigrationListener listener) {
			this.listener = Objects.requireNonNull(listener, "listener");
			return this;
		}

		/**
		 * Sets the Java migrations, run along with the files, all in version order. A
		 * version claimed by both a file and a Java migration (or by two Java migrations)
		 * fails the first command with a {@link ScriptException} naming both.
		 * @param javaMigrations the Java migrations, in any order
		 * @return this builder
		 */
		public Builder javaMigrations(List<? extends JavaMigration> javaMigrations) {
			this.javaMigrations = List.copyOf(javaMigrations);
			return this;
		}

		/**
		 * Sets the Java migrations, run along with the files, all in version order.
		 * @param javaMigrations the Java migrations, in any order
		 * @return this builder
		 * @see #javaMigrations(List)
		 */
		public Builder javaMigrations(JavaMigration... javaMigrations) {
			return javaMigrations(List.of(javaMigrations));
		}

		/**
		 * Sets where the files come from, in place of the configuration's locations.
		 * @param sources the sources; none for the configuration's locations
		 * @return this builder
		 */
		public Builder sources(List<? extends MigrationSource> sources) {
			this.sources = List.copyOf(sources);
			return this;
		}

		/**
		 * Sets where the files come from, in place of the configuration's locations.
		 * @param sources the sources
		 * @return this builder
		 * @see #sources(List)
		 */
		public Builder sources(MigrationSource... sources) {
			return sources(List.of(sources));
		}

		/**
		 * Builds the migrator. It reads its files on its first command.
		 * @return the migrator
		 */
		public Migrator build() {
			return new Migrator(this);
		}

	}

}
