package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.MigrationException;
import dev.migrations.Version;
import dev.migrations.internal.execution.StatementShape.IndexBuild;
import dev.migrations.internal.lock.HeldLock;
import dev.migrations.internal.postgres.BlockerWatch;
import dev.migrations.internal.postgres.StatementErrors;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.TransactionRules;

/**
 * Runs one statement of a migration on the session's connection: with its timeouts,
 * watched for blockers, its warnings logged, concurrent index builds guarded, and a
 * refusal wrapped once into a {@link dev.migrations.StatementException} naming file, line
 * and column. Behind a pooler, a statement of a non-transactional migration that
 * PostgreSQL accepts in a transaction runs in a transaction of its own, the only place
 * its timeouts can be set there ({@code SET LOCAL}); it behaves as in autocommit. Not
 * thread-safe.
 */
final class StatementExecutor {

	private static final Logger logger = LoggerFactory.getLogger(StatementExecutor.class);

	private final Session session;

	private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK",
			"ABORT", "SAVEPOINT", "RELEASE", "PREPARE");

	private final HeldLock lock;

	private final Timeouts timeouts;

	private final BlockerWatch watch;

	private final Placeholders placeholders;

	private int transactionPid;

	StatementExecutor(Run run) {
		this.session = run.session();
		this.lock = run.lock();
		this.timeouts = run.timeouts();
		this.watch = run.watch();
		this.placeholders = run.placeholders();
		this.transactionPid = this.session.backendPid();
	}

	/**
	 * What one run's statements execute with.
	 *
	 * @param session the work connection
	 * @param lock the migration lock
	 * @param timeouts the timeouts
	 * @param watch the blocker watch
	 * @param placeholders the placeholder values
	 */
	record Run(Session session, HeldLock lock, Timeouts timeouts, BlockerWatch watch, Placeholders placeholders) {
	}

	Session session() {
		return this.session;
	}

	Timeouts timeouts() {
		return this.timeouts;
	}

	BlockerWatch watch() {
		return this.watch;
	}

	HeldLock lock() {
		return this.lock;
	}

	/**
	 * A transaction started on the session's connection: its timeouts are set, and the
	 * backend running it is the one to watch.
	 * @throws SQLException if PostgreSQL refuses
	 */
	void transactionStarted() throws SQLException {
		this.transactionPid = this.timeouts.transactionStarted();
	}

	/**
	 * Runs statement {@code index} of a section.
	 * @param script the file name (for errors)
	 * @param version the migration's version
	 * @param statements the section's statements
	 * @param index which one
	 * @param sql the text to send (the statement, or a batch of it with its placeholders
	 * bound)
	 * @return the rows it changed, or -1 when it returns none
	 */
	long execute(String script, Version version, List<SqlStatement> statements, int index, String sql) {
		boolean inTransaction = inTransaction();
		if (!inTransaction && this.session.pooled() && acceptedInTransaction(statements.get(index))) {
			return Transaction.run(this, script, (connection) -> run(script, version, statements, index, sql, true));
		}
		return run(script, version, statements, index, sql, inTransaction);
	}

	private boolean acceptedInTransaction(SqlStatement statement) {
		return !TransactionRules.requiresAutocommit(statement, this.session.serverVersion())
				&& !statement.leadingKeywords(1).stream().anyMatch(TRANSACTION_CONTROL::contains);
	}

	private long run(String script, Version version, List<SqlStatement> statements, int index, String sql,
			boolean inTransaction) {
		SqlStatement statement = statements.get(index);
		StatementShape shape = StatementShape.of(statement);
		IndexBuild build = inTransaction ? null : shape.indexBuild();
		try (Statement jdbc = this.session.connection().createStatement()) {
			this.timeouts.before(shape, inTransaction);
			if (build != null) {
				IndexGuard.dropInvalid(this.session.connection(), build);
			}
			jdbc.setEscapeProcessing(false);
			String text = this.placeholders.apply(script, sql);
			// behind a pooler, a statement outside a transaction runs on a backend known
			// only by its text
			this.watch.statementStarted(watchedPid(inTransaction), text,
					!inTransaction && TransactionRules.requiresAutocommit(statement, this.session.serverVersion()));
			long rows;
			try {
				rows = jdbc.execute(text) ? -1 : jdbc.getLargeUpdateCount();
			}
			finally {
				this.watch.statementEnded();
			}
			logWarnings(script, statement, jdbc.getWarnings());
			if (build != null) {
				IndexGuard.checkValid(this.session.connection(), build, script);
			}
			return rows;
		}
		catch (SQLException ex) {
			if (build != null) {
				dropInvalidQuietly(build);
			}
			throw StatementErrors.wrap(script, version, statement, index + 1, statements.size(), ex);
		}
	}

	/**
	 * The backend running what the connection runs now: behind a pooler, outside a
	 * transaction, it is known only by the statement's text.
	 * @param inTransaction whether a transaction is open
	 * @return the pid, or {@link BlockerWatch#UNKNOWN}
	 */
	int watchedPid(boolean inTransaction) {
		return (inTransaction || !this.session.pooled()) ? this.transactionPid : BlockerWatch.UNKNOWN;
	}

	boolean inTransaction() {
		try {
			return !this.session.connection().getAutoCommit();
		}
		catch (SQLException ex) {
			throw new MigrationException("The migration connection is unusable: " + ex.getMessage(), ex);
		}
	}

	private void dropInvalidQuietly(IndexBuild build) {
		try {
			IndexGuard.dropInvalid(this.session.connection(), build);
		}
		catch (SQLException ex) {
			logger.debug("Could not drop the INVALID index {} now; the next run will", build.qualifiedName(), ex);
		}
	}

	private static void logWarnings(String script, SqlStatement statement, SQLWarning warning) {
		for (SQLWarning each = warning; each != null; each = each.getNextWarning()) {
			logger.info("{}:{}:{}: {}", script, statement.line(), statement.column(), each.getMessage());
		}
	}

}
