package dev.migrations.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.ValidateResult;

/**
 * {@code status()} and {@code validate()} in a warm JVM against a history of many applied
 * migrations, on one pooled connection (as an application's endpoint or health check
 * calls them), beside the floor: {@code SELECT * FROM schema_migrations} on the same
 * connection, every column of every row read. After a warm-up of each, the three are
 * timed in turn, so that drift hits all alike; prints the medians in microseconds.
 * Arguments: {@code <command> <jdbc-url> <user> <password> <location>} (the command is
 * ignored); {@code -Dbench.warm.runs} (default 40).
 */
public final class WarmStatusMain {

	private static final int WARM_UP = 30;

	private WarmStatusMain() {
	}

	public static void main(String[] args) throws SQLException {
		long start = System.nanoTime();
		Invocation invocation = Invocation.of(args);
		int runs = Integer.getInteger("bench.warm.runs", 40);
		try (Connection physical = DriverManager.getConnection(invocation.url(), invocation.user(),
				invocation.password())) {
			DataSource pool = new OneConnectionPool(physical);
			Migrator migrator = Migrator.builder(pool).configuration(MigrationsConfiguration.builder().locations("filesystem:" + invocation.location()).build()).build();
			LongSupplier select = () -> selectAll(physical);
			LongSupplier status = () -> migrator.status().migrations().size();
			LongSupplier validate = () -> (migrator.validate() instanceof ValidateResult.Valid) ? 1 : 0;
			List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			List<LongSupplier> work = List.of(select, status, validate);
			for (int run = -WARM_UP; run < runs; run++) {
				for (int i = 0; i < work.size(); i++) {
					long began = System.nanoTime();
					if (work.get(i).getAsLong() <= 0) {
						throw new IllegalStateException("step " + i + " found nothing (or an invalid state)");
					}
					if (run >= 0) {
						times.get(i).add((System.nanoTime() - began) / 1000);
					}
				}
			}
			Invocation.report(start, "select-us=" + median(times.get(0)) + " status-us=" + median(times.get(1))
					+ " validate-us=" + median(times.get(2)));
		}
	}

	private static long selectAll(Connection connection) {
		long rows = 0;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM schema_migrations")) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				for (int i = 1; i <= columns; i++) {
					result.getString(i);
				}
				rows++;
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * A pool of one connection: what a warm application's pool hands out, without
	 * connecting again; closing what it hands out returns it.
	 */
	private static final class OneConnectionPool implements DataSource {

		private final Connection connection;

		OneConnectionPool(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Connection getConnection() {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, methodArgs) -> {
						if (method.getName().equals("close")) {
							return null;
						}
						try {
							return method.invoke(this.connection, methodArgs);
						}
						catch (java.lang.reflect.InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

		@Override
		public Connection getConnection(String username, String password) {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
