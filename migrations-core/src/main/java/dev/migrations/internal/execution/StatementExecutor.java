package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.MigrationException;
import dev.migrations.Version;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.lock.AdvisoryLock;
import dev.migrations.internal.postgres.BlockerWatch;
import dev.migrations.internal.postgres.StatementErrors;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.StatementDescription;

/**
 * Runs one statement of a migration on the session's connection, reading what the
 * statement is from its description (never from its text): with its timeouts, watched for
 * blockers, its warnings logged, concurrent index builds guarded, and a refusal wrapped
 * once into a {@link dev.migrations.StatementException} naming file, line and column. Not
 * thread-safe.
 */
final class StatementExecutor {

	private static final Logger logger = LoggerFactory.getLogger(StatementExecutor.class);

	private final Session session;

	private final AdvisoryLock.Held lock;

	private final Timeouts timeouts;

	private final BlockerWatch watch;

	private final Placeholders placeholders;

	StatementExecutor(Run run) {
		this.session = run.session();
		this.lock = run.lock();
		this.timeouts = run.timeouts();
		this.watch = run.watch();
		this.placeholders = run.placeholders();
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
	record Run(Session session, AdvisoryLock.Held lock, Timeouts timeouts, BlockerWatch watch,
			Placeholders placeholders) {
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

	AdvisoryLock.Held lock() {
		return this.lock;
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
		SqlStatement statement = at.statement();
		StatementDescription description = at.description();
		boolean inTransaction = inTransaction();
		Command.CreateIndex build = inTransaction ? null : description.concurrentIndexBuild();
		try (Statement jdbc = this.session.connection().createStatement()) {
			this.timeouts.before(description.longRunning(), inTransaction);
			if (build != null) {
				IndexGuard.dropInvalid(this.session.connection(), build);
			}
			jdbc.setEscapeProcessing(false);
			String text = this.placeholders.text(at.script(), statement, batch);
			this.watch.statementStarted();
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

	private boolean inTransaction() {
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
