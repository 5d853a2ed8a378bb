package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import dev.migrations.MigrationsConfiguration;

/**
 * The {@code lock_timeout} and {@code statement_timeout} each statement runs with: the
 * configured ones, except that long statements holding no strong lock (concurrent index
 * builds, constraint validation) get the long-statement timeout, none by default. The
 * configured ones are set once for the session when a run starts and
 * {@link Session#close()} restores the session's own; a statement that needs others gets
 * them as {@code SET LOCAL} inside a transaction (gone at its end) or for the session in
 * autocommit. A setting is sent only when it changes, so an ordinary migration costs no
 * extra round trip. Not thread-safe.
 */
final class Timeouts {

	private final Session session;

	private final String lock;

	private final String statement;

	private final String longStatement;

	private String sessionStatement;

	private String effectiveStatement;

	Timeouts(MigrationsConfiguration configuration, Session session) {
		this.session = session;
		this.lock = millis(configuration.lockTimeout());
		this.statement = (configuration.statementTimeout() != null) ? millis(configuration.statementTimeout())
				: session.originalStatementTimeout();
		this.longStatement = (configuration.longStatementTimeout() != null)
				? millis(configuration.longStatementTimeout()) : "0";
	}

	/**
	 * Sets the run's timeouts for the session.
	 * @throws SQLException if PostgreSQL refuses
	 */
	void start() throws SQLException {
		this.session.timeoutsChanged();
		set(this.session.connection(), this.lock, this.statement, false);
		this.sessionStatement = this.statement;
		this.effectiveStatement = this.statement;
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

	static void set(Connection connection, String lockTimeout, String statementTimeout, boolean local)
			throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT set_config('lock_timeout', ?, ?), set_config('statement_timeout', ?, ?)")) {
			statement.setString(1, lockTimeout);
			statement.setBoolean(2, local);
			statement.setString(3, statementTimeout);
			statement.setBoolean(4, local);
			statement.execute();
		}
	}

	private static String millis(Duration duration) {
		return duration.toMillis() + "ms";
	}

}
