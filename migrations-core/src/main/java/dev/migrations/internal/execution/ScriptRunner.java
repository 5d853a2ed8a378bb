package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.ExecutedMigration;
import dev.migrations.IrreversibleMigrationException;
import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationListener.Direction;
import dev.migrations.MigrationListener.MigrationEvent;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.history.HistoryTable;
import dev.migrations.internal.lock.AdvisoryLock;
import dev.migrations.internal.postgres.StatementErrors;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.StatementSplitter;

/**
 * Runs one migration's up or down on the session's connection and records it. A
 * transactional one runs with its history change in one transaction: all or nothing. One
 * with a statement PostgreSQL refuses in a transaction runs statement by statement in
 * autocommit, recording after each how far it got, so the next run resumes at the
 * statement that failed. Not thread-safe.
 */
final class ScriptRunner {

	private static final Logger logger = LoggerFactory.getLogger(ScriptRunner.class);

	private final Session session;

	private final AdvisoryLock.Held lock;

	private final MigrationListener listener;

	ScriptRunner(Session session, AdvisoryLock.Held lock, MigrationListener listener) {
		this.session = session;
		this.lock = lock;
		this.listener = listener;
	}

	ExecutedMigration up(MigrationScript script, HistoryRow partial) {
		boolean transactional = StatusCalculator.isTransactional(script.up(), this.session.serverVersion());
		MigrationEvent event = new MigrationEvent(script.version(), script.description(), script.script(), Direction.UP,
				transactional);
		return run(event, () -> {
			if (transactional) {
				inTransaction(script.script(), script.version(), script.up().statements(),
						(connection, elapsed) -> history().insertApplied(connection, script, elapsed));
			}
			else {
				inAutocommit(script, (partial != null) ? partial.statementsDone() : -1);
			}
		});
	}

	ExecutedMigration down(HistoryRow row) {
		if (row.partial()) {
			throw new MigrationException(row.script() + ": migration " + row.version() + " stopped part-way; run "
					+ "migrate to finish it before undoing it");
		}
		if (row.downSql() == null) {
			throw new IrreversibleMigrationException(row.version(), row.script());
		}
		String source = row.script() + " (down, as applied)";
		Section down = new Section(row.downSql(), Math.max(1, row.downLine()),
				new StatementSplitter().split(source, row.downSql(), Math.max(1, row.downLine())));
		boolean transactional = StatusCalculator.isTransactional(down, this.session.serverVersion());
		MigrationEvent event = new MigrationEvent(row.version(), row.description(), row.script(), Direction.DOWN,
				transactional);
		return run(event, () -> {
			if (transactional) {
				inTransaction(source, row.version(), down.statements(),
						(connection, elapsed) -> history().delete(connection, row.version()));
			}
			else {
				for (int i = 0; i < down.statements().size(); i++) {
					this.lock.verify();
					execute(source, row.version(), down.statements(), i);
				}
				record(() -> history().delete(this.session.connection(), row.version()), row.script());
			}
		});
	}

	private ExecutedMigration run(MigrationEvent event, Runnable body) {
		this.listener.beforeMigration(event);
		long start = System.nanoTime();
		try {
			body.run();
		}
		catch (MigrationException ex) {
			this.listener.migrationFailed(event, ex, Duration.ofNanos(System.nanoTime() - start));
			throw ex;
		}
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		this.listener.afterMigration(event, duration);
		logger.info("{} {} ({}) in {} ms{}", (event.direction() == Direction.UP) ? "Applied" : "Undid", event.version(),
				event.description(), duration.toMillis(), event.transactional() ? "" : " (non-transactional)");
		return new ExecutedMigration(event.version(), event.description(), event.script(), duration,
				event.transactional());
	}

	private void inTransaction(String script, Version version, List<SqlStatement> statements, Recorder recorder) {
		Connection connection = this.session.connection();
		try {
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			for (int i = 0; i < statements.size(); i++) {
				execute(script, version, statements, i);
			}
			record(() -> recorder.record(connection, Duration.ofNanos(System.nanoTime() - start)), script);
			this.lock.verify();
			connection.commit();
		}
		catch (SQLException ex) {
			throw new MigrationException(script + ": could not commit migration " + version + ": " + ex.getMessage(),
					ex);
		}
		finally {
			restoreAutocommit(connection);
		}
	}

	private void inAutocommit(MigrationScript script, int statementsDone) {
		Connection connection = this.session.connection();
		List<SqlStatement> statements = script.up().statements();
		if (statementsDone < 0) {
			record(() -> history().insertPartial(connection, script), script.script());
			statementsDone = 0;
		}
		else {
			logger.info("Resuming {} ({}) at statement {} of {}", script.version(), script.description(),
					statementsDone + 1, statements.size());
		}
		for (int i = statementsDone; i < statements.size(); i++) {
			this.lock.verify();
			long start = System.nanoTime();
			execute(script.script(), script.version(), statements, i);
			int done = i + 1;
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			record(() -> history().recordProgress(connection, script.version(), done, done == statements.size(),
					elapsed), script.script());
		}
	}

	private void execute(String script, Version version, List<SqlStatement> statements, int index) {
		SqlStatement statement = statements.get(index);
		try (Statement jdbc = this.session.connection().createStatement()) {
			jdbc.setEscapeProcessing(false);
			jdbc.execute(statement.sql());
			logWarnings(script, statement, jdbc.getWarnings());
		}
		catch (SQLException ex) {
			throw StatementErrors.wrap(script, version, statement, index + 1, statements.size(), ex);
		}
	}

	private static void logWarnings(String script, SqlStatement statement, SQLWarning warning) {
		for (SQLWarning each = warning; each != null; each = each.getNextWarning()) {
			logger.info("{}:{}:{}: {}", script, statement.line(), statement.column(), each.getMessage());
		}
	}

	private void record(SqlAction action, String script) {
		try {
			action.run();
		}
		catch (SQLException ex) {
			throw new MigrationException(script + ": could not record the migration in " + history().qualifiedName()
					+ ": " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	private HistoryTable history() {
		return this.session.history();
	}

	private static void restoreAutocommit(Connection connection) {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not roll back", ex);
		}
	}

	@FunctionalInterface
	private interface SqlAction {

		void run() throws SQLException;

	}

	@FunctionalInterface
	private interface Recorder {

		void record(Connection connection, Duration elapsed) throws SQLException;

	}

}
