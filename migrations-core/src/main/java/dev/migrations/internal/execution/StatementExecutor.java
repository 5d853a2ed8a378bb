package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.MigrationException;
import dev.migrations.Version;
import dev.migrations.internal.execution.StatementShape.IndexBuild;
import dev.migrations.internal.lock.AdvisoryLock;
import dev.migrations.internal.postgres.BlockerWatch;
import dev.migrations.internal.postgres.StatementErrors;
import dev.migrations.internal.sql.SqlStatement;

/**
 * Runs one statement of a migration on the session's connection: with its timeouts,
 * watched for blockers, its warnings logged, concurrent index builds guarded, and a
 * refusal wrapped once into a {@link dev.migrations.StatementException} naming file, line
 * and column. Not thread-safe.
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
		SqlStatement statement = statements.get(index);
		StatementShape shape = StatementShape.of(statement);
		boolean inTransaction = inTransaction();
		IndexBuild build = inTransaction ? null : shape.indexBuild();
		try (Statement jdbc = this.session.connection().createStatement()) {
			this.timeouts.before(shape, inTransaction);
			if (build != null) {
				IndexGuard.dropInvalid(this.session.connection(), build);
			}
			jdbc.setEscapeProcessing(false);
			String text = this.placeholders.apply(script, sql);
			this.watch.statementStarted();
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

	private boolean inTransaction() {
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
