package dev.migrations.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrations.IrreversibleMigrationException;
import dev.migrations.LockException;
import dev.migrations.MigrationException;
import dev.migrations.ScriptException;
import dev.migrations.StatementException;
import dev.migrations.ValidationException;
import dev.migrations.ValidationProblem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up stopped by a {@link MigrationException}: the description says where
 * (file:line, statement, SQLState, excerpt), the action what to change (the file, or the
 * property that changes the verdict). The engine's messages name its settings
 * ({@code lockWaitTimeout}); the analysis names their properties
 * ({@code migrations.lock-wait-timeout}). Registered in
 * {@code META-INF/spring.factories}.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
		FailureAnalysis analysis = analysis(cause);
		// the engine names its settings; a Boot user sets properties
		return new FailureAnalysis(SettingNames.inProperties(analysis.getDescription()),
				SettingNames.inProperties(analysis.getAction()), cause);
	}

	private FailureAnalysis analysis(MigrationException cause) {
		if (cause instanceof StatementException statement) {
			return statement(statement);
		}
		if (cause instanceof ScriptException script) {
			return new FailureAnalysis("Migration file " + script.getMessage(),
					"Fix " + location(script.getScript(), script.getLine()) + ". Nothing ran: the file is read and "
							+ "checked before any statement is sent.",
					cause);
		}
		if (cause instanceof ValidationException validation) {
			return validation(validation);
		}
		if (cause instanceof LockException lock) {
			return lock(lock);
		}
		if (cause instanceof IrreversibleMigrationException irreversible) {
			return new FailureAnalysis(irreversible.getMessage(),
					"Set migrations.target to " + irreversible.getVersion() + " or above, or restore from a backup.",
					cause);
		}
		return new FailureAnalysis("Migrations failed: " + cause.getMessage(),
				"Check the migration named above and the migrations.* properties.", cause);
	}

	private FailureAnalysis statement(StatementException ex) {
		StatementException.Location at = ex.getLocation();
		String where = location(at.script(), at.line()) + ((at.column() > 0) ? ":" + at.column() : "");
		String description = "A migration failed at " + where + ", statement " + at.statementNumber() + " of "
				+ at.statementCount() + " (version " + at.version() + ").\n\n    SQLState: "
				+ ((ex.getSqlState() != null) ? ex.getSqlState() : "none") + "\n    Statement: " + at.excerpt()
				+ "\n    Error: " + ex.getMessage();
		return new FailureAnalysis(description, statementAction(ex, where), ex);
	}

	private String statementAction(StatementException ex, String where) {
		String resume = " A transactional migration was rolled back and is not recorded, so the corrected file "
				+ "is applied from the start; a non-transactional one resumes at the failed statement.";
		String state = (ex.getSqlState() != null) ? ex.getSqlState() : "";
		if (state.equals("55P03")) {
			return "The statement at " + where + " waited too long for a lock held by another session "
					+ "(lock_timeout). Retry when the blocking transaction has ended (see pg_stat_activity), or "
					+ "change the migration to take weaker locks." + resume;
		}
		if (state.equals("57014")) {
			return "The statement at " + where + " was cancelled (statement_timeout). Split the work into "
					+ "batches, or raise the timeout for this migration with SET LOCAL statement_timeout." + resume;
		}
		return "Fix the statement at " + where + " and start the application again." + resume
				+ " If this migration is already applied elsewhere, add a new migration instead of editing it.";
	}

	private FailureAnalysis lock(LockException ex) {
		return switch (ex.getKind()) {
			case TIMED_OUT -> new FailureAnalysis("Could not take the migration lock: " + ex.getMessage(),
					"Another migrator holds the lock (its session is named above). Wait for it to finish, find "
							+ "and end it if it is stuck (pg_stat_activity, pg_terminate_backend), or raise "
							+ "migrations.lock-wait-timeout.",
					ex);
			case LOST -> new FailureAnalysis("Lost the migration lock during the run: " + ex.getMessage(),
					"Something ended the connection that held the lock: a pooler's or a firewall's idle "
							+ "timeout (PgBouncer server_idle_timeout, idle_transaction_timeout), "
							+ "idle_in_transaction_session_timeout, or an administrator. Give migrations a "
							+ "connection that stays open for the run (migrations.url pointing past the pooler), "
							+ "then start again: nothing was recorded after the lock was lost.",
					ex);
			case NO_CONNECTION -> new FailureAnalysis("The pool gave the migrator no connection: " + ex.getMessage(),
					"The migrator needs two connections during a run (the lock and the work). Raise the pool "
							+ "(spring.datasource.hikari.maximum-pool-size; behind PgBouncer its "
							+ "default_pool_size), or give migrations connections of their own with migrations.url.",
					ex);
			case INTERRUPTED -> new FailureAnalysis("Interrupted while waiting for the migration lock",
					"The application was stopped (or its start-up thread interrupted) while another migrator "
							+ "held the lock; nothing was applied. Start it again.",
					ex);
		};
	}

	private FailureAnalysis validation(ValidationException ex) {
		String description = "The migration files and the database's history disagree:\n" + ex.getProblems()
			.stream()
			.map((problem) -> "    - " + problem.message())
			.collect(Collectors.joining("\n"));
		Set<String> actions = new LinkedHashSet<>();
		ex.getProblems().forEach((problem) -> actions.add(action(problem)));
		return new FailureAnalysis(description, String.join("\n", actions), ex);
	}

	private String action(ValidationProblem problem) {
		return switch (problem.kind()) {
			case CHANGED -> "Restore applied migrations as they were applied and put changes in a new migration.";
			case MISSING_FILE -> "Restore the missing migration files, or set migrations.missing-file-policy=warn "
					+ "(or ignore) to accept that they are gone.";
			case OUT_OF_ORDER -> "Give out-of-order migrations a version above the current one, or set "
					+ "migrations.out-of-order=true to apply them anyway.";
			case PARTIAL -> "Fix the statement that stopped the partial migration; the next migrate resumes it.";
			case PENDING -> "Apply the pending migrations first (for example run the application once with "
					+ "migrations.command=migrate, as a job), or set migrations.mode=migrate to apply them at start-up.";
			default -> "See the problem above; the migrations.* properties named there change the verdict.";
		};
	}

	private static String location(String script, int line) {
		return (line > 0) ? script + ":" + line : script;
	}

}
