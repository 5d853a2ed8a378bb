package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrations.MigrationException;
import dev.migrations.MigrationInfo;
import dev.migrations.MigrationStatus;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.ValidateResult;
import dev.migrations.ValidationProblem;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.history.History;
import dev.migrations.internal.lint.Linter;
import dev.migrations.internal.lint.Planner;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.MigrationPlan;
import dev.migrations.lint.MigrationPlan.PendingMigration;

/**
 * The read-only inspections: status, validate, lint and plan. Each opens one session,
 * reads the history once and compares it with the files; none takes the migration lock,
 * creates the history table or changes anything, so they can run beside a migrate (and
 * see the history as it was when they read it). Thread-safe.
 */
public final class Inspector {

	private final DataSource dataSource;

	private final MigrationsConfiguration configuration;

	private final Supplier<MigrationSet> migrations;

	Inspector(DataSource dataSource, MigrationsConfiguration configuration, Supplier<MigrationSet> migrations) {
		this.dataSource = dataSource;
		this.configuration = configuration;
		this.migrations = migrations;
	}

	/**
	 * The status: one history read, no lock; the files are read meanwhile on a second
	 * thread, and a failure to read them is thrown whatever the database answered.
	 * @return the status
	 * @throws MigrationException if the files or the history cannot be read
	 */
	public MigrationStatus status() {
		ReadAhead<MigrationSet> files = ReadAhead.start(this.migrations);
		HistoryRead read = files.alongside(this::readHistory);
		return StatusCalculator.status(files.join(), read.history(), read.serverVersion(),
				this.configuration.contractEnabled());
	}

	private HistoryRead readHistory() {
		try (Session session = Session.open(this.dataSource, this.configuration)) {
			return new HistoryRead(session.history().read(session.connection()), session.serverVersion());
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

	/**
	 * Lints the pending migrations against the live catalog: no lock, nothing run.
	 * @return every finding, suppressed ones included
	 */
	public List<LintFinding> lint() {
		return inspect((session, pending) -> new Linter(session.catalog(), session.serverVersion())
			.lint(PendingMigrations.scripts(this.migrations.get(), pending), this.configuration.lintStartAfter()));
	}

	/**
	 * Plans the pending migrations: statements, locks, rewrites and findings; nothing
	 * run.
	 * @return the plan
	 */
	public MigrationPlan plan() {
		return inspect((session, pending) -> {
			Planner planner = new Planner(session.catalog(), session.serverVersion());
			return withJava(planner.plan(PendingMigrations.scripts(this.migrations.get(), pending)), pending);
		});
	}

	private MigrationPlan withJava(MigrationPlan planned, List<MigrationInfo> pending) {
		List<PendingMigration> all = new ArrayList<>(planned.migrations());
		for (MigrationInfo migration : pending) {
			this.migrations.get()
				.java(migration.version())
				.ifPresent((java) -> all.add(new PendingMigration(java.version(), java.script(), java.transactional(),
						List.of(), List.of())));
		}
		all.sort(Comparator.comparing(PendingMigration::version));
		return new MigrationPlan(planned.serverVersionNum(), all);
	}

	private <T> T inspect(BiFunction<Session, List<MigrationInfo>, T> inspection) {
		MigrationSet migrations = this.migrations.get();
		try (Session session = Session.open(this.dataSource, this.configuration)) {
			MigrationStatus status = StatusCalculator.status(migrations, session.history().read(session.connection()),
					session.serverVersion(), this.configuration.contractEnabled());
			return inspection.apply(session,
					PendingMigrations.of(status, this.configuration.target(), this.configuration.outOfOrder()));
		}
		catch (SQLException ex) {
			throw new MigrationException(
					"Could not read the history table: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")",
					ex);
		}
	}

	private record HistoryRead(History history, int serverVersion) {
	}

}
