package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import dev.migrations.JavaMigrationContext;
import dev.migrations.MigrationException;
import dev.migrations.internal.discovery.RegisteredJavaMigration;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.history.HistoryTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Java migration's up or down and records it. A transactional one runs with its
 * history change in one transaction, retried whole when it hits {@code lock_timeout}.
 * Another runs in autocommit, recorded as partial while it runs; a rerun after a crash
 * calls its up again from the start (it must be idempotent) while its batch walks resume
 * where they stopped (see {@link JavaContext}). Not thread-safe.
 */
final class JavaRunner {

	private static final Logger logger = LoggerFactory.getLogger(JavaRunner.class);

	private final BatchRunner batches;

	private final LockRetry retry;

	private final Callbacks callbacks;

	JavaRunner(BatchRunner batches, LockRetry retry, Callbacks callbacks) {
		this.batches = batches;
		this.retry = retry;
		this.callbacks = callbacks;
	}

	void up(Running event, RegisteredJavaMigration java, HistoryRow partial) {
		if (event.transactional()) {
			this.retry.run(event, () -> Transaction.run(executor(), java.script(), (connection) -> {
				long start = System.nanoTime();
				this.callbacks.run("beforeEachMigrate");
				call(event, new JavaContext(this.batches, event, null), java.migration()::up);
				this.callbacks.run("afterEachMigrate");
				history().insertJava(connection, java, false, Duration.ofNanos(System.nanoTime() - start));
				return null;
			}));
			return;
		}
		this.callbacks.run("beforeEachMigrate");
		if (partial == null) {
			record(java.script(), () -> history().insertJava(connection(), java, true, Duration.ZERO));
		}
		else {
			logger.info("Resuming {} ({}): up() runs again from the start, {} batch walk(s) done{}", event.version(),
					event.description(), partial.statementsDone(),
					(partial.batchPosition() != null) ? ", the next after key " + partial.batchPosition() : "");
		}
		JavaContext context = new JavaContext(this.batches, event, JavaContext.Progress.of(partial));
		executor().lock().verify();
		call(event, context, java.migration()::up);
		context.finish();
		this.callbacks.run("afterEachMigrate");
	}

	void down(Running event, RegisteredJavaMigration java) {
		JavaContext context = new JavaContext(this.batches, event, null);
		if (event.transactional()) {
			this.retry.run(event, () -> Transaction.run(executor(), java.script(), (connection) -> {
				this.callbacks.run("beforeEachUndo");
				call(event, context, java.migration()::down);
				this.callbacks.run("afterEachUndo");
				history().delete(connection, event.version());
				return null;
			}));
			return;
		}
		this.callbacks.run("beforeEachUndo");
		executor().lock().verify();
		call(event, context, java.migration()::down);
		record(java.script(), () -> history().delete(connection(), event.version()));
		this.callbacks.run("afterEachUndo");
	}

	private void call(Running event, JavaContext context, Body body) {
		boolean inTransaction = executor().inTransaction();
		// outside a transaction, its code may build an index concurrently
		executor().watch().statementStarted(executor().watchedPid(inTransaction), null, !inTransaction);
		try {
			body.run(context);
		}
		catch (SQLException ex) {
			throw JavaContext.failed(event.script(), ex);
		}
		catch (MigrationException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new MigrationException(event.script() + ": Java migration " + event.version() + " ("
					+ event.description() + ") failed: " + ex, ex);
		}
		finally {
			executor().watch().statementEnded();
		}
	}

	private void record(String script, Action action) {
		try {
			action.run();
		}
		catch (SQLException ex) {
			throw new MigrationException(script + ": could not record the migration in " + history().qualifiedName()
					+ ": " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	private StatementExecutor executor() {
		return this.batches.executor();
	}

	private Connection connection() {
		return executor().session().connection();
	}

	private HistoryTable history() {
		return executor().session().history();
	}

	@FunctionalInterface
	private interface Body {

		void run(JavaMigrationContext context) throws SQLException;

	}

	@FunctionalInterface
	private interface Action {

		void run() throws SQLException;

	}

}
