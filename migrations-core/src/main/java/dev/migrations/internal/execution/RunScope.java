package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.history.History;
import dev.migrations.internal.history.HistoryTable;
import dev.migrations.internal.lock.HeldLock;
import dev.migrations.internal.postgres.BlockerWatch;

/**
 * Everything one changing command (migrate, undo) holds while it runs: the migration
 * lock, the work session, the blocker watch, and the runner built on them. Opening it
 * takes the lock, then the work connection (see {@link RunConnections}); closing it
 * releases everything in reverse order. Not thread-safe.
 */
final class RunScope implements AutoCloseable {

	private final Session session;

	private final HeldLock lock;

	private final BlockerWatch watch;

	private Placeholders placeholders;

	private RunScope(Session session, HeldLock lock, BlockerWatch watch) {
		this.session = session;
		this.lock = lock;
		this.watch = watch;
	}

	static RunScope open(DataSource dataSource, MigrationsConfiguration configuration, MigrationListener listener) {
		RunConnections connections = new RunConnections(dataSource, configuration);
		HeldLock lock = connections.lock();
		try {
			listener.lockAcquired(lock.waited());
			Session session = connections.work(lock);
			return new RunScope(session, lock, new BlockerWatch(connections.connector(), lock::read));
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	Session session() {
		return this.session;
	}

	HistoryTable history() {
		return this.session.history();
	}

	History read() {
		try {
			return this.session.history().read(this.session.connection());
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not read the history table " + this.session.history().qualifiedName()
					+ ": " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
	}

	/**
	 * Builds the runner of this run.
	 * @param configuration the configuration
	 * @param listener the listener
	 * @param migrations the files (for callbacks)
	 * @return the runner, and the callbacks it shares
	 */
	Runner runner(MigrationsConfiguration configuration, MigrationListener listener, MigrationSet migrations) {
		Timeouts timeouts = new Timeouts(configuration, this.session);
		try {
			timeouts.start();
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not set lock_timeout/statement_timeout: " + ex.getMessage()
					+ " (check the lockTimeout setting and the statementTimeout setting)", ex);
		}
		StatementExecutor executor = new StatementExecutor(
				new StatementExecutor.Run(this.session, this.lock, timeouts, this.watch, placeholders(configuration)));
		Callbacks callbacks = new Callbacks(migrations, executor);
		return new Runner(
				new MigrationRunner(executor, new LockRetry(configuration, listener, this.watch), listener, callbacks),
				callbacks);
	}

	// one set of values for the whole run: the checks before it and the statements in it
	// agree
	Placeholders placeholders(MigrationsConfiguration configuration) {
		if (this.placeholders != null) {
			return this.placeholders;
		}
		Map<String, String> builtIn = Map.of("flyway:defaultSchema", this.session.history().schema(), "flyway:user",
				this.session.user(), "flyway:database", this.session.database(), "flyway:table", configuration.table(),
				"flyway:timestamp", OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
		this.placeholders = new Placeholders(configuration.placeholders(), builtIn,
				configuration.placeholderReplacement(), configuration.placeholdersOutsideQuotesOnly());
		return this.placeholders;
	}

	Connection connection() {
		return this.session.connection();
	}

	@Override
	public void close() {
		try {
			this.watch.close();
			this.session.close();
		}
		finally {
			this.lock.close();
		}
	}

	/**
	 * A run's migration runner and the callbacks it shares.
	 *
	 * @param migrations the runner of each migration's up or down
	 * @param callbacks the callbacks
	 */
	record Runner(MigrationRunner migrations, Callbacks callbacks) {
	}

}
