package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import dev.migrations.LockException;
import dev.migrations.MigrationException;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.internal.history.HistoryTable;
import dev.migrations.internal.lock.AdvisoryLock;
import dev.migrations.internal.lock.HeldLock;
import dev.migrations.internal.postgres.Connector;
import dev.migrations.internal.postgres.Connector.Opened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection budget of a run: at most two connections at once, taken in an order that
 * cannot deadlock between migrators sharing a pool. First the lock's: a waiter holds
 * nothing else, and gives even that back between tries, so waiters never keep the holder
 * from a connection. Then, lock held, the work connection; the pool must give it within
 * {@value #WORK_WAIT_SECONDS} s, or the run releases the lock and fails naming the pool
 * setting to raise, instead of waiting as long as the pool would (Hikari's
 * {@code connectionTimeout}, PgBouncer's {@code query_wait_timeout}: minutes). To name
 * what blocks a statement, the {@link dev.migrations.internal.postgres.BlockerWatch}
 * reads on the lock's connection; only while a statement that runs outside a transaction
 * ({@code CREATE INDEX CONCURRENTLY}, …) waits does it borrow a third, which nothing
 * waits for. Not thread-safe.
 */
final class RunConnections {

	static final int WORK_WAIT_SECONDS = 10;

	private static final Logger logger = LoggerFactory.getLogger(RunConnections.class);

	private static final String BUDGET = "A migrator needs 2 connections at once (the lock's, then its work "
			+ "connection) and none while it waits for the lock: raise the pool's size, "
			+ "spring.datasource.hikari.maximum-pool-size for the application's pool or default_pool_size (or the "
			+ "database's pool_size) for PgBouncer, to 2 plus what else uses it during migrations, "
			+ "or give migrations connections of their own with migrations.url";

	private final Connector connector;

	private final MigrationsConfiguration configuration;

	private String lockName;

	RunConnections(DataSource dataSource, MigrationsConfiguration configuration) {
		this.connector = new Connector(dataSource);
		this.configuration = configuration;
	}

	Connector connector() {
		return this.connector;
	}

	/**
	 * Takes the migration lock, on the first connection (read for the history table's
	 * schema) and then on fresh ones, within {@code migrations.lock-wait-timeout}.
	 * @return the held lock
	 * @throws LockException if the lock or a connection to try it did not come in time
	 */
	HeldLock lock() {
		Duration wait = this.configuration.lockWaitTimeout();
		long start = System.nanoTime();
		Opened<Session.Facts> first = open(wait).orElseThrow(() -> new LockException(LockException.Kind.NO_CONNECTION,
				"Timed out after " + wait.toSeconds()
						+ " s waiting for a database connection to take the migration lock: the pool " + "gave none. "
						+ BUDGET));
		this.lockName = new HistoryTable(first.value().schema(), this.configuration.table()).qualifiedName();
		Duration left = wait.minusNanos(System.nanoTime() - start);
		return new AdvisoryLock(this.connector, this.lockName).acquire(left.isNegative() ? Duration.ofMillis(1) : left,
				first.connection());
	}

	/**
	 * Opens the work connection, the lock held.
	 * @param lock the held lock, whose fence guards the history writes
	 * @return the session
	 * @throws MigrationException if the pool gave no second connection in time
	 */
	Session work(HeldLock lock) {
		Opened<Session.Facts> work = open(Duration.ofSeconds(WORK_WAIT_SECONDS))
			.orElseThrow(() -> new MigrationException("The migrator holds the migration lock on " + this.lockName
					+ " but the pool gave no second connection, for its work, within " + WORK_WAIT_SECONDS
					+ " s; the lock is released and nothing was run. " + BUDGET));
		Session session = new Session(work.connection(), work.value(), this.configuration);
		session.fence(lock.fence());
		try {
			session.enterSchema();
		}
		catch (RuntimeException ex) {
			session.close();
			throw ex;
		}
		if (session.pooled()) {
			tellAboutPooler(session.facts());
		}
		return session;
	}

	private Optional<Opened<Session.Facts>> open(Duration wait) {
		try {
			return this.connector.open(wait, (connection) -> Session.Facts.read(connection, this.configuration));
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not connect to the database: " + ex.getMessage() + " (SQLState "
					+ ex.getSQLState() + "; check the data source, or migrations.url/user/password)", ex);
		}
	}

	private static void tellAboutPooler(Session.Facts facts) {
		logger.info("Connected through a connection pooler (the driver's backend key is not the server's pid): "
				+ "the lock is held in a transaction of its own, timeouts are set in each transaction, and the "
				+ "migrator's statements are not prepared on the server");
		if (facts.prepareThreshold() > 0) {
			logger.warn("pgjdbc prepares a statement on the server after {} executions (prepareThreshold={}) on this "
					+ "data source. If the pooler is PgBouncer below 1.21 in transaction mode, the application's "
					+ "statements will fail with 'prepared statement \"S_1\" does not exist' (or 'already exists'): "
					+ "add prepareThreshold=0 to the JDBC URL, or set max_prepared_statements in PgBouncer 1.21+",
					facts.prepareThreshold(), facts.prepareThreshold());
		}
	}

}
