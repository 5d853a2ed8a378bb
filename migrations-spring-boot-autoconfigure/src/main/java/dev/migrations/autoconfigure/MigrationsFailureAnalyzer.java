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
 * property that changes the verdict). Registered in {@code META-INF/spring.factories}.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
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
		if (cause instanceof LockException) {
			return new FailureAnalysis("Could not take the migration lock: " + cause.getMessage(),
					"Wait for the other migrator to finish, or raise migrations.lock-wait-timeout.", cause);
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
		String where = location(ex.getScript(), ex.getLine()) + ((ex.getColumn() > 0) ? ":" + ex.getColumn() : "");
		String description = "A migration failed at " + where + ", statement " + ex.getStatementNumber() + " of "
				+ ex.getStatementCount() + " (version " + ex.getVersion() + ").\n\n    SQLState: "
				+ ((ex.getSqlState() != null) ? ex.getSqlState() : "none") + "\n    Statement: " + ex.getExcerpt()
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
