package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * A fresh database on the test server, with small query helpers for assertions.
 *
 * @param server the server
 * @param name the database name
 */
public record TestDatabase(PostgresServer server, String name) {

	/**
	 * Drops this database soon, on a background thread (see
	 * {@link PostgresServer#dropSoon(String)}), so that the server's data directory stays
	 * small and the test JVM exits at once. For databases a test creates itself; those of
	 * {@link PostgresExtension} are dropped when their test ends.
	 */
	public void dropSoon() {
		this.server.dropSoon(this.name);
	}

	/**
	 * A non-pooling data source for this database.
	 * @return the data source
	 */
	public DataSource dataSource() {
		return this.server.dataSource(this.name);
	}

	/**
	 * The JDBC URL.
	 * @return the URL
	 */
	public String jdbcUrl() {
		return this.server.jdbcUrl(this.name);
	}

	/**
	 * Runs statements, each in autocommit.
	 * @param sql the statements
	 */
	public void execute(String... sql) {
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first column of every row of a query, as strings.
	 * @param sql the query
	 * @return the values
	 */
	public List<String> column(String sql) {
		try (Connection connection = dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The single value of a query.
	 * @param sql the query
	 * @return the value as a string
	 */
	public String value(String sql) {
		List<String> values = column(sql);
		if (values.size() != 1) {
			throw new IllegalStateException("Expected one row from " + sql + " but got " + values);
		}
		return values.get(0);
	}

	/**
	 * Whether a table exists in the current schema.
	 * @param table the table name
	 * @return whether it exists
	 */
	public boolean tableExists(String table) {
		return "t".equals(value("SELECT to_regclass('" + table + "') IS NOT NULL"));
	}

	/**
	 * The column names of a table, in order.
	 * @param table the table name
	 * @return the column names
	 */
	public List<String> columns(String table) {
		return column("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
				+ "AND table_name = '" + table + "' ORDER BY ordinal_position");
	}

	/**
	 * Waits until a batched statement has recorded a batch position at or past a key (for
	 * tests that interrupt a migration mid-way).
	 * @param position the key to reach
	 * @throws InterruptedException if interrupted
	 * @throws AssertionError if it is not reached within a minute
	 */
	public void awaitBatchPosition(long position) throws InterruptedException {
		for (int i = 0; i < 3000; i++) {
			if (tableExists("schema_migrations")) {
				String value = column("SELECT batch_position FROM schema_migrations WHERE batch_position IS NOT NULL")
					.stream()
					.findFirst()
					.orElse(null);
				if (value != null && Long.parseLong(value) >= position) {
					return;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("The batches never reached " + position);
	}

	/**
	 * Spring Boot's {@code spring.datasource.*} properties for this database, in order.
	 * @return property name → value
	 */
	public Map<String, String> dataSourceProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", jdbcUrl());
		properties.put("spring.datasource.username", this.server.user());
		properties.put("spring.datasource.password", this.server.password());
		return properties;
	}

	/**
	 * The same properties as {@code name=value} pairs, as an
	 * {@code ApplicationContextRunner} takes them.
	 * @return the pairs
	 */
	public String[] dataSourcePropertyValues() {
		return dataSourceProperties().entrySet()
			.stream()
			.map((property) -> property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
	}

}
