package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.migrations.IrreversibleMigrationException;
import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import dev.migrations.MigrationRun.Direction;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.RegisteredJavaMigration;
import dev.migrations.internal.discovery.RepeatableScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.history.HistoryRow;
import dev.migrations.internal.history.HistoryTable;
import dev.migrations.internal.sql.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one migration's up or down and records it. A transactional one runs with its
 * history change in one transaction — all or nothing — retried whole when it hits
 * {@code lock_timeout}. One with a statement PostgreSQL refuses in a transaction, or with
 * a batched statement, runs statement by statement in autocommit (each statement retried
 * alone), recording after each how far it got, so the next run resumes at the statement
 * (or batch) that failed. Not thread-safe.
 */
final class MigrationRunner {

	private static final Logger logger = LoggerFactory.getLogger(MigrationRunner.class);

	private final StatementExecutor executor;

	private final LockRetry retry;

	private final MigrationListener listener;

	private final BatchRunner batches;

	private final Callbacks callbacks;

	private final JavaRunner java;

	MigrationRunner(StatementExecutor executor, LockRetry retry, MigrationListener listener, Callbacks callbacks) {
		this.executor = executor;
		this.retry = retry;
		this.listener = listener;
		this.batches = new BatchRunner(executor, retry, listener);
		this.callbacks = callbacks;
		this.java = new JavaRunner(this.batches, retry, callbacks);
	}

	MigrationRun up(MigrationScript script, HistoryRow partial) {
		boolean transactional = script.up().transactional(serverVersion());
		if (script.up().statements().isEmpty()) {
			logger.info("{} holds no statement, only comments (a marker version): recorded, nothing run",
					script.script());
		}
		Running event = Running.start(script.version(), script.description(), script.script(), Direction.UP,
				transactional);
		return run(event, () -> {
			if (transactional) {
				this.retry.run(event, () -> Transaction.run(this.executor, script.script(), (connection) -> {
					long start = System.nanoTime();
					this.callbacks.run("beforeEachMigrate");
					executeAll(script.script(), script.version(), script.up());
					this.callbacks.run("afterEachMigrate");
					history().insertApplied(connection, script, Duration.ofNanos(System.nanoTime() - start));
					return null;
				}));
			}
			else {
				this.callbacks.run("beforeEachMigrate");
				upInAutocommit(event, script, partial);
				this.callbacks.run("afterEachMigrate");
			}
		});
	}

	private void upInAutocommit(Running event, MigrationScript script, HistoryRow partial) {
		List<SqlStatement> statements = script.up().statements();
		int done = (partial != null) ? partial.statementsDone() : 0;
		if (partial == null) {
			record(() -> history().insertPartial(this.executor.session().connection(), script), script.script());
		}
		else {
			logger.info("Resuming {} ({}) at statement {} of {}{}", script.version(), script.description(), done + 1,
					statements.size(),
					(partial.batchPosition() != null) ? ", after key " + partial.batchPosition() : "");
		}
		for (int i = done; i < statements.size(); i++) {
			this.executor.lock().verify();
			long start = System.nanoTime();
			runOne(event, script.script(), script.up(), i,
					(i == done && partial != null) ? partial.batchPosition() : null, true);
			int completed = i + 1;
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			record(() -> history().recordProgress(this.executor.session().connection(), script.version(), completed,
					completed == statements.size(), elapsed), script.script());
		}
	}

	private void runOne(Running event, String script, Section section, int index, Long resumeAfter,
			boolean recordBatches) {
		if (section.batch(index) != null) {
			this.batches.run(new BatchRunner.Step(event, script, section, index), resumeAfter, recordBatches);
		}
		else {
			StatementExecutor.StatementAt at = new StatementExecutor.StatementAt(script, event.version(), section,
					index);
			this.retry.run(event, () -> this.executor.execute(at, Map.of()));
		}
	}

	/**
	 * Applies a repeatable migration and records it, in one transaction.
	 * @param repeatable the repeatable migration
	 */
	void repeatable(RepeatableScript repeatable) {
		long start = System.nanoTime();
		boolean transactional = repeatable.up().transactional(serverVersion());
		Running event = Running.start(Version.parse("0"), repeatable.description(), repeatable.script(), Direction.UP,
				transactional);
		if (transactional) {
			this.retry.run(event, () -> Transaction.run(this.executor, repeatable.script(), (connection) -> {
				this.callbacks.run("beforeEachMigrate");
				executeAll(repeatable.script(), null, repeatable.up());
				this.callbacks.run("afterEachMigrate");
				history().recordRepeatable(connection, repeatable, Duration.ofNanos(System.nanoTime() - start));
				return null;
			}));
		}
		else {
			for (int i = 0; i < repeatable.up().statements().size(); i++) {
				runOne(event, repeatable.script(), repeatable.up(), i, null, false);
			}
			record(() -> history().recordRepeatable(this.executor.session().connection(), repeatable,
					Duration.ofNanos(System.nanoTime() - start)), repeatable.script());
		}
		logger.info("Applied repeatable {} ({}) in {} ms", repeatable.description(), repeatable.script(),
				Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	/**
	 * Applies a Java migration and records it.
	 * @param java the migration
	 * @param partial its partial row, when an earlier run stopped part-way
	 * @return what ran
	 */
	MigrationRun up(RegisteredJavaMigration java, HistoryRow partial) {
		Running event = Running.start(java.version(), java.description(), java.script(), Direction.UP,
				java.transactional());
		return run(event, () -> this.java.up(event, java, partial));
	}

	/**
	 * Undoes a Java migration with its registered class: unlike SQL, no down was
	 * recorded.
	 * @param row the applied migration
	 * @param java the Java migration registered at its version, or {@code null}
	 * @return what ran
	 */
	MigrationRun down(HistoryRow row, RegisteredJavaMigration java) {
		checkComplete(row);
		if (java == null || !java.script().equals(row.script())) {
			throw new MigrationException(row.script() + ": migration " + row.version() + " is a Java migration and "
					+ ((java != null) ? "the one registered at its version is " + java.script()
							: "no Java migration of its version is registered")
					+ "; its down is code, not recorded SQL: register " + row.script()
					+ " again to undo it, or undo to a target at or above " + row.version());
		}
		if (!java.migration().reversible()) {
			throw new IrreversibleMigrationException(row.version(), row.script(),
					"is a Java migration whose reversible() is false");
		}
		Running event = Running.start(row.version(), row.description(), row.script(), Direction.DOWN,
				java.transactional());
		return run(event, () -> this.java.down(event, java));
	}

	private static void checkComplete(HistoryRow row) {
		if (row.partial()) {
			throw new MigrationException(row.script() + ": migration " + row.version() + " stopped part-way; run "
					+ "migrate to finish it before undoing it");
		}
	}

	MigrationRun down(HistoryRow row) {
		checkComplete(row);
		if (row.downSql() == null) {
			throw new IrreversibleMigrationException(row.version(), row.script());
		}
		String source = row.script() + " (down, as applied)";
		Section down = new ScriptParser().recordedDown(source, row.downSql(), Math.max(1, row.downLine()));
		boolean transactional = down.transactional(serverVersion());
		Running event = Running.start(row.version(), row.description(), row.script(), Direction.DOWN, transactional);
		return run(event, () -> {
			if (transactional) {
				this.retry.run(event, () -> Transaction.run(this.executor, source, (connection) -> {
					this.callbacks.run("beforeEachUndo");
					executeAll(source, row.version(), down);
					this.callbacks.run("afterEachUndo");
					history().delete(connection, row.version());
					return null;
				}));
			}
			else {
				for (int i = 0; i < down.statements().size(); i++) {
					this.executor.lock().verify();
					runOne(event, source, down, i, null, false);
				}
				record(() -> history().delete(this.executor.session().connection(), row.version()), row.script());
			}
		});
	}

	private void executeAll(String script, Version version, Section section) {
		for (int i = 0; i < section.statements().size(); i++) {
			this.executor.execute(new StatementExecutor.StatementAt(script, version, section, i), Map.of());
		}
	}

	private MigrationRun run(Running event, Runnable body) {
		this.listener.beforeMigration(event.run());
		try {
			body.run();
		}
		catch (MigrationException ex) {
			this.listener.migrationFailed(event.soFar(), ex);
			throw ex;
		}
		MigrationRun ran = event.soFar();
		this.listener.afterMigration(ran);
		logger.info("{} {} ({}) in {} ms{}", (ran.direction() == Direction.UP) ? "Applied" : "Undid", ran.version(),
				ran.description(), ran.duration().toMillis(), ran.transactional() ? "" : " (non-transactional)");
		return ran;
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
		return this.executor.session().history();
	}

	private int serverVersion() {
		return this.executor.session().serverVersion();
	}

	@FunctionalInterface
	private interface SqlAction {

		void run() throws SQLException;

	}

}
