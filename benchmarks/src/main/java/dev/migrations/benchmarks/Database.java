package dev.migrations.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark server: creates and drops databases, and checks what a tool left in one.
 *
 * @param host the host
 * @param port the port
 * @param user the superuser
 * @param password its password
 */
record Database(String host, int port, String user, String password) {

	String url(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	void create(String database) throws SQLException {
		run("postgres", "DROP DATABASE IF EXISTS " + database);
		run("postgres", "CREATE DATABASE " + database);
	}

	void drop(String database) throws SQLException {
		run("postgres", "DROP DATABASE IF EXISTS " + database);
	}

	long count(String database, String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(database), this.user, this.password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	String version() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url("postgres"), this.user, this.password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version()")) {
			rows.next();
			return rows.getString(1);
		}
	}

	void checkpoint() throws SQLException {
		run("postgres", "CHECKPOINT");
	}

	private void run(String database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url(database), this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
