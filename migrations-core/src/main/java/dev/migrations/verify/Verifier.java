package dev.migrations.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationInfo;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.UndoResult;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.execution.Engine;
import dev.migrations.internal.execution.Inputs;
import dev.migrations.internal.snapshot.DatabaseProbe;
import dev.migrations.internal.snapshot.DatabaseProbe.State;
import dev.migrations.internal.snapshot.LockSampler;
import dev.migrations.internal.snapshot.Scope;
import dev.migrations.internal.snapshot.SnapshotDiff;
import dev.migrations.internal.snapshot.TouchedTables;
import dev.migrations.lint.LintMode;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.TableLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves pending migrations before they are deployed: the guide's pre-deploy checklist as
 * one command. Against a clone of production, for each pending migration in version
 * order, verify takes a snapshot of the schema and counts the rows of the tables the
 * migration names, runs the up (timing it and watching the table locks it takes), counts
 * again, runs the down (timed), checks that the schema is exactly what it was before the
 * up, and runs the up again, so that the clone ends migrated. A migration without a down
 * is applied and reported, not failed. Verification stops at the first failure.
 * <p>
 * It is built on a {@link Migrator}'s public commands, with the migrator's configuration
 * (locations, history table, timeouts). It refuses to run unless
 * {@link VerifyOptions#allow()} is set or the database's name matches
 * {@link VerifyOptions#databasePattern()}, so that nobody verifies production by
 * accident.
 * <p>
 * Thread-safe, but one verification at a time per database makes sense: each changes the
 * database.
 */
public final class Verifier {

	private static final Logger logger = LoggerFactory.getLogger(Verifier.class);

	private static final Version BEFORE_ANY = Version.parse("0");

	private final Migrator migrator;

	private final VerifyOptions options;

	private final DatabaseProbe probe;

	private final Engine files;

	/**
	 * Creates a verifier with the default options.
	 * @param migrator the migrator whose pending migrations to verify, on its data source
	 */
	public Verifier(Migrator migrator) {
		this(migrator, VerifyOptions.defaults());
	}

	/**
	 * Creates a verifier. Verify proves that each down undoes its up; it runs the
	 * migrations with the safety linter in {@link LintMode#WARN} (the linter's verdict is
	 * {@link Migrator#lint()}'s to give, and a clone is where a risky form is tried out).
	 * @param migrator the migrator whose pending migrations to verify, on its data source
	 * @param options which databases verify may run on, and which schemas it compares
	 */
	public Verifier(Migrator migrator, VerifyOptions options) {
		Objects.requireNonNull(migrator, "migrator");
		this.migrator = (migrator.configuration().lintMode() != LintMode.FAIL) ? migrator
				: migrator.toBuilder()
					.configuration(migrator.configuration().toBuilder().lintMode(LintMode.WARN).build())
					.build();
		this.options = Objects.requireNonNull(options, "options");
		MigrationsConfiguration configuration = migrator.configuration();
		this.probe = new DatabaseProbe(migrator.dataSource(), options.schemas(), configuration.schema(),
				configuration.table());
		// reads the same files as the migrator, for the tables each migration names
		this.files = new Engine(migrator.dataSource(), configuration, MigrationListener.NONE,
				new Inputs(migrator.sources(), migrator.javaMigrations()));
	}

	/**
	 * Verifies every pending migration (up to the configured target), in version order,
	 * leaving them applied.
	 * @return the report; a failed migration is in it, not thrown (see
	 * {@link VerifyReport#orThrow()})
	 * @throws VerifyException ({@link VerifyException.Kind#REFUSED REFUSED}) if the
	 * database is neither allowed nor named like a clone
	 * @throws MigrationException if the database cannot be read, or a migration file
	 * cannot be read or parsed
	 */
	public VerifyReport verify() {
		DatabaseProbe.Target target = this.probe.target();
		if (!this.options.permits(target.database())) {
			throw VerifyException.refused(target.database(), this.options.databasePattern());
		}
		List<MigrationInfo> pending = pending(this.migrator.status());
		if (!pending.isEmpty() && pending.get(0).version().compareTo(BEFORE_ANY) > 0) {
			// creates the history table (migrating to a version below every pending one
			// applies nothing), so that the lock gate works from the first migration on
			this.migrator.migrate(BEFORE_ANY);
		}
		List<VerifiedMigration> verified = new ArrayList<>();
		List<String> notVerified = new ArrayList<>();
		for (MigrationInfo migration : pending) {
			if (!verified.isEmpty() && verified.get(verified.size() - 1).outcome().isFailure()) {
				notVerified.add(migration.version().text());
			}
			else {
				verified.add(verify(migration, target.scope()));
			}
		}
		return new VerifyReport(target.database(), target.scope().schemas(), verified, notVerified);
	}

	private List<MigrationInfo> pending(MigrationStatus status) {
		Version target = this.migrator.configuration().target();
		return status.inState(MigrationState.PENDING)
			.stream()
			.filter((migration) -> target == null || migration.version().compareTo(target) <= 0)
			.toList();
	}

	private VerifiedMigration verify(MigrationInfo migration, Scope scope) {
		Run run = new Run(migration, script(migration.version()));
		State before = capture(run, scope);
		String upProblem = up(run, scope, before);
		if (upProblem != null) {
			return run.finish(VerifyOutcome.UP_FAILED, upProblem);
		}
		if (!migration.reversible()) {
			return run.finish(VerifyOutcome.IRREVERSIBLE, null);
		}
		return downAndUpAgain(run, scope, before);
	}

	/**
	 * The file of a pending migration, whose statements' descriptions name the tables it
	 * touches; {@code null} for a Java migration.
	 */
	private MigrationScript script(Version version) {
		return this.files.migrations()
			.versioned()
			.stream()
			.filter((script) -> script.version().equals(version))
			.findFirst()
			.orElse(null);
	}

	private String up(Run run, Scope scope, State before) {
		Version version = run.migration.version();
		MigrateResult up;
		Map<Long, LockLevel> sampled;
		try (LockSampler sampler = this.probe.sampleLocks(scope)) {
			up = this.migrator.migrate(version);
			sampled = sampler.stop();
		}
		String problem = problem(up, version);
		State after = (problem != null) ? before : capture(run, scope);
		run.locks = DatabaseProbe.tableLocks(sampled, before, after);
		if (problem == null) {
			run.upTime = duration(up.applied(), version);
		}
		return problem;
	}

	private VerifiedMigration downAndUpAgain(Run run, Scope scope, State before) {
		Version version = run.migration.version();
		UndoResult down = this.migrator.undo();
		String downProblem = problem(down, version);
		if (downProblem != null) {
			return run.finish(VerifyOutcome.DOWN_FAILED, downProblem);
		}
		run.downTime = duration(down.undone(), version);
		State afterDown = capture(run, scope);
		run.differences = SnapshotDiff.between(before.snapshot(), afterDown.snapshot());
		String redoProblem = problem(this.migrator.migrate(version), version);
		if (!run.differences.isEmpty()) {
			return run.finish(VerifyOutcome.NOT_RESTORED,
					(redoProblem != null) ? "the up, run again after the down, failed too: " + redoProblem : null);
		}
		return run.finish((redoProblem != null) ? VerifyOutcome.REDO_FAILED : VerifyOutcome.VERIFIED, redoProblem);
	}

	private State capture(Run run, Scope scope) {
		State state = this.probe.capture(scope, run.tables);
		run.states.add(state);
		return state;
	}

	private static Duration duration(List<MigrationRun> executed, Version version) {
		return executed.stream()
			.filter((migration) -> migration.version().equals(version))
			.map(MigrationRun::duration)
			.findFirst()
			.orElseThrow();
	}

	private static String problem(MigrateResult result, Version version) {
		if (result instanceof MigrateResult.Failed failed) {
			return failed.error().getMessage();
		}
		boolean applied = result.applied().stream().anyMatch((migration) -> migration.version().equals(version));
		return applied ? null : "migrate applied " + result.applied().size() + " migrations but not " + version;
	}

	private static String problem(UndoResult result, Version version) {
		if (result instanceof UndoResult.Failed failed) {
			return failed.error().getMessage();
		}
		boolean undone = result.undone().size() == 1 && result.undone().get(0).version().equals(version);
		return undone ? null : "undo did not undo " + version + " but " + result.undone();
	}

	/**
	 * What is known so far of one migration's verification.
	 */
	private static final class Run {

		private final MigrationInfo migration;

		private final Set<String> tables = new LinkedHashSet<>();

		private final List<State> states = new ArrayList<>();

		private Duration upTime;

		private Duration downTime;

		private List<TableLock> locks = List.of();

		private List<SchemaDifference> differences = List.of();

		Run(MigrationInfo migration, MigrationScript script) {
			this.migration = migration;
			if (script != null) {
				this.tables.addAll(TouchedTables.in(script.up()));
				this.tables.addAll(TouchedTables.in(script.down()));
			}
		}

		VerifiedMigration finish(VerifyOutcome outcome, String problem) {
			VerifiedMigration verified = new VerifiedMigration(this.migration.version().text(),
					this.migration.description(), this.migration.script(), outcome, this.migration.reversible(),
					this.upTime, this.downTime, rows(), this.locks, this.differences, problem);
			logger.info("Verify {}: {} (up {}, down {})", this.migration.script(), outcome.description(),
					ReportText.duration(this.upTime), ReportText.duration(this.downTime));
			return verified;
		}

		private List<TableRows> rows() {
			Set<String> names = new TreeSet<>();
			this.states.forEach((state) -> names.addAll(state.rows().keySet()));
			return names.stream()
				.map((name) -> new TableRows(name, count(0, name), count(1, name), count(2, name)))
				.toList();
		}

		private Long count(int step, String table) {
			return (step < this.states.size()) ? this.states.get(step).rows().get(table) : null;
		}

	}

}
