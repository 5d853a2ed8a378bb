package dev.migrations.internal.execution;

import java.sql.Connection;
import java.sql.SQLException;

import dev.migrations.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in one transaction on the session's connection: its timeouts set as it starts
 * (see {@link Timeouts#transactionStarted()}), committed when the work returns and the
 * lock is still held, rolled back when it throws, and the connection back in autocommit
 * either way.
 */
final class Transaction {

	private static final Logger logger = LoggerFactory.getLogger(Transaction.class);

	private Transaction() {
	}

	static <T> T run(StatementExecutor executor, String what, Work<T> work) {
		Connection connection = executor.session().connection();
		try {
			connection.setAutoCommit(false);
			executor.transactionStarted();
		}
		catch (SQLException ex) {
			end(connection);
			executor.timeouts().transactionEnded();
			throw new MigrationException(what + ": could not start a transaction: " + ex.getMessage() + " (SQLState "
					+ ex.getSQLState() + ")", ex);
		}
		try {
			T result = work.run(connection);
			executor.lock().verify();
			connection.commit();
			return result;
		}
		catch (SQLException ex) {
			throw new MigrationException(
					what + ": could not commit: " + ex.getMessage() + " (SQLState " + ex.getSQLState() + ")", ex);
		}
		finally {
			end(connection);
			executor.timeouts().transactionEnded();
		}
	}

	private static void end(Connection connection) {
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
	interface Work<T> {

		T run(Connection connection) throws SQLException;

	}

}
