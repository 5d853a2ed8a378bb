package dev.migrations.internal.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Statements run on a connection, returning a value.
 *
 * @param <T> what they return
 */
@FunctionalInterface
public interface SqlFunction<T> {

	/**
	 * Runs them.
	 * @param connection the connection
	 * @return the value
	 * @throws SQLException if PostgreSQL refuses
	 */
	T apply(Connection connection) throws SQLException;

}
