package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.internal.postgres.SingleValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code lock_timeout} and {@code statement_timeout} each statement runs with: the
 * configured ones, except that long statements holding no strong lock (concurrent index
 * builds, constraint validation) get the long-statement timeout, none by default. A
 * setting is sent only when it changes, so an ordinary migration costs no extra round
 * trip. Not thread-safe.
 * <p>
 * Connected to PostgreSQL itself, the session is the migrator's for the whole run: the
 * configured timeouts are set for the session when a run starts and
 * {@link Session#close()} restores the session's own; a statement that needs others gets
 * them as {@code SET LOCAL} inside a transaction (gone at its end) or for the session in
 * autocommit.
 * <p>
 * Behind a pooler, a session-level setting may land on a server connection that another
 * client gets next, and miss the next statement: every setting is {@code SET LOCAL}, sent
 * at the start of each transaction, and no session-level setting is ever made. Statements
 * PostgreSQL runs only outside a transaction ({@code CREATE INDEX CONCURRENTLY}, …) run
 * with the server connection's own timeouts.
 */
final class Timeouts {

	private static final Logger logger = LoggerFactory.getLogger(Timeouts.class);

	private final Session session;

	private final String lock;

	private final String statement;

	private final String longStatement;

	private String sessionStatement;

	private String effectiveStatement;

	private boolean toldAboutAutocommit;

	Timeouts(MigrationsConfiguration configuration, Session session) {
		this.session = session;
		this.lock = millis(configuration.lockTimeout());
		this.statement = (configuration.statementTimeout() != null) ? millis(configuration.statementTimeout())
				: session.originalStatementTimeout();
		this.longStatement = (configuration.longStatementTimeout() != null)
				? millis(configuration.longStatementTimeout()) : "0";
	}

	/**
	 * Sets the run's timeouts for the session, when the session is the migrator's.
	 * @throws SQLException if PostgreSQL refuses
	 */
	void start() throws SQLException {
		if (this.session.pooled()) {
			return;
		}
		this.session.markTimeoutsChanged();
		set(this.session.connection(), this.lock, this.statement, false);
		this.sessionStatement = this.statement;
		this.effectiveStatement = this.statement;
	}

	/**
	 * A transaction starts on the session's connection: behind a pooler, its timeouts are
	 * set for it.
	 * @return the backend pid running the transaction
	 * @throws SQLException if PostgreSQL refuses
	 */
	int transactionStarted() throws SQLException {
		if (!this.session.pooled()) {
			return this.session.backendPid();
		}
		this.effectiveStatement = this.statement;
		int pid = set(this.session.connection(), this.lock, this.statement, true);
		this.session.transactionStarted();
		return pid;
	}

	/**
	 * Sets the timeouts a statement must run with, where they differ from those in
	 * effect.
	 * @param longRunning whether the statement is long by nature while holding no lock
	 * that blocks reads and writes (its description says)
	 * @param inTransaction whether it runs inside a transaction
	 * @throws SQLException if PostgreSQL refuses
	 */
	void before(boolean longRunning, boolean inTransaction) throws SQLException {
		if (this.session.pooled() && !inTransaction) {
			if (!this.toldAboutAutocommit) {
				logger.info("Behind a connection pooler, statements that run outside a transaction (such as CREATE "
						+ "INDEX CONCURRENTLY) run with the server connection's own lock_timeout and statement_timeout");
				this.toldAboutAutocommit = true;
			}
			return;
		}
		String wanted = longRunning ? this.longStatement : this.statement;
		if (!wanted.equals(this.effectiveStatement)) {
			set(this.session.connection(), this.lock, wanted, inTransaction);
			this.effectiveStatement = wanted;
			if (!inTransaction) {
				this.sessionStatement = wanted;
			}
		}
	}

	/**
	 * A transaction ended: what it set locally is gone.
	 */
	void transactionEnded() {
		this.effectiveStatement = this.sessionStatement;
	}

	/**
	 * Sets both timeouts, for the session or for the current transaction.
	 * @return the backend pid that set them
	 */
	static int set(Connection connection, String lockTimeout, String statementTimeout, boolean local)
			throws SQLException {
		return SingleValue.query(connection, Integer.class,
				"SELECT pg_backend_pid(), " + "set_config('lock_timeout', ?, ?), set_config('statement_timeout', ?, ?)",
				lockTimeout, local, statementTimeout, local);
	}

	private static String millis(Duration duration) {
		return duration.toMillis() + "ms";
	}

}
