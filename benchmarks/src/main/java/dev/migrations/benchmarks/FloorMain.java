package dev.migrations.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The every-boot floor: a JVM that opens one JDBC connection and runs one query.
 */
public final class FloorMain {

	private FloorMain() {
	}

	public static void main(String[] args) throws SQLException {
		long start = System.nanoTime();
		Invocation invocation = Invocation.of(args);
		try (Connection connection = DriverManager.getConnection(invocation.url(), invocation.user(),
				invocation.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT 1")) {
			rows.next();
		}
		Invocation.report(start, "query=1");
	}

}
