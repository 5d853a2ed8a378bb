package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Map;

import dev.migrations.MigrationException;
import dev.migrations.Version;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.lock.HeldLock;
import dev.migrations.internal.postgres.BlockerWatch;
import dev.migrations.internal.postgres.StatementErrors;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.StatementDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one statement of a migration on the session's connection, reading what the
 * statement is from its description (never from its text): with its timeouts, watched for
 * blockers, its warnings logged, concurrent index builds guarded, and a refusal wrapped
 * once into a {@link dev.migrations.StatementException} naming file, line and column.
 * Behind a pooler, a statement of a non-transactional migration that PostgreSQL accepts
 * in a transaction runs in a transaction of its own, the only place its timeouts can be
 * set there ({@code SET LOCAL}); it behaves as in autocommit. Not thread-safe.
 */
final class StatementExecutor {

	private static final Logger logger = LoggerFactory.getLogger(StatementExecutor.class);

	private final Session session;

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
	 * Runs one statement of a section, as its description says: with the long-statement
	 * timeout when it is long-running, and, for a named {@code CREATE INDEX CONCURRENTLY}
	 * in autocommit, the index guard around it.
	 * @param at which statement of which file
	 * @param batch the batch placeholders' values ({@code batch_start} → its key…), or
	 * none
	 * @return the rows it changed, or -1 when it returns none
	 */
	long execute(StatementAt at, Map<String, Long> batch) {
		boolean inTransaction = inTransaction();
		if (!inTransaction && this.session.pooled() && acceptedInTransaction(at.description())) {
			return Transaction.run(this, at.script(), (connection) -> run(at, batch, true));
		}
		return run(at, batch, inTransaction);
	}

	private boolean acceptedInTransaction(StatementDescription description) {
		return !description.refusesTransactionBlock(this.session.serverVersion())
				&& !(description.command() instanceof Command.TransactionControl);
	}

	private long run(StatementAt at, Map<String, Long> batch, boolean inTransaction) {
		SqlStatement statement = at.statement();
		StatementDescription description = at.description();
		Command.CreateIndex build = inTransaction ? null : description.concurrentIndexBuild();
		try (Statement jdbc = this.session.connection().createStatement()) {
			this.timeouts.before(description.longRunning(), inTransaction);
			if (build != null) {
				IndexGuard.dropInvalid(this.session.connection(), build);
			}
			jdbc.setEscapeProcessing(false);
			String text = this.placeholders.text(at.script(), statement, batch);
			// behind a pooler, a statement outside a transaction runs on a backend known
			// only by its text
			this.watch.statementStarted(watchedPid(inTransaction), text,
					!inTransaction && description.refusesTransactionBlock(this.session.serverVersion()));
			long rows;
			try {
				rows = jdbc.execute(text) ? -1 : jdbc.getLargeUpdateCount();
			}
			finally {
				this.watch.statementEnded();
			}
			logWarnings(at.script(), statement, jdbc.getWarnings());
			if (build != null) {
				IndexGuard.checkValid(this.session.connection(), build, at.script());
			}
			return rows;
		}
		catch (SQLException ex) {
			if (build != null) {
				dropInvalidQuietly(build);
			}
			throw StatementErrors.wrap(at.script(), at.version(), statement, at.index() + 1,
					at.section().statements().size(), ex);
		}
	}

	/**
	 * One statement of one file.
	 *
	 * @param script the file name (for errors)
	 * @param version the migration's version, or {@code null} for a callback or a
	 * repeatable migration
	 * @param section the section holding the statement
	 * @param index the statement's index in it
	 */
	record StatementAt(String script, Version version, Section section, int index) {

		SqlStatement statement() {
			return this.section.statements().get(this.index);
		}

		StatementDescription description() {
			return this.section.description(this.index);
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

	private void dropInvalidQuietly(Command.CreateIndex build) {
		try {
			IndexGuard.dropInvalid(this.session.connection(), build);
		}
		catch (SQLException ex) {
			logger.debug("Could not drop the INVALID index {} now; the next run will", IndexGuard.index(build), ex);
		}
	}

	private static void logWarnings(String script, SqlStatement statement, SQLWarning warning) {
		for (SQLWarning each = warning; each != null; each = each.getNextWarning()) {
			logger.info("{}:{}:{}: {}", script, statement.line(), statement.column(), each.getMessage());
		}
	}

}
