package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server per test JVM, started on first use: an embedded server from
 * zonky's binaries by default, or a Testcontainers container with
 * {@code -Dpg.provider=testcontainers} (tests are skipped, not failed, where no Docker
 * engine answers). The major version follows {@code -Dpg=13…18} (see the root pom). Each
 * {@link #createDatabase()} gives a fresh, empty database.
 */
public final class PostgresServer {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static volatile PostgresServer instance;

	private static final ExecutorService DROPPER = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "test-database-dropper");
		thread.setDaemon(true);
		return thread;
	});

	private final String host;

	private final int port;

	private final String user;

	private final String password;

	private PostgresServer(String host, int port, String user, String password) {
		this.host = host;
		this.port = port;
		this.user = user;
		this.password = password;
	}

	/**
	 * The server of this JVM, started on first call.
	 * @return the server
	 */
	public static PostgresServer get() {
		PostgresServer server = instance;
		if (server == null) {
			synchronized (PostgresServer.class) {
				server = instance;
				if (server == null) {
					server = start();
					instance = server;
				}
			}
		}
		return server;
	}

	private static PostgresServer start() {
		String provider = System.getProperty("pg.provider", "embedded");
		if (provider.equals("testcontainers")) {
			return ContainerPostgres.start();
		}
		if (!provider.equals("embedded")) {
			throw new IllegalStateException("Unknown -Dpg.provider=" + provider + ": use embedded or testcontainers");
		}
		return EmbeddedServer.start();
	}

	static PostgresServer of(String host, int port, String user, String password) {
		return new PostgresServer(host, port, user, password);
	}

	/**
	 * Creates a fresh, empty database.
	 * @return the database
	 */
	public TestDatabase createDatabase() {
		String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
		try (Connection connection = dataSource("postgres").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name, ex);
		}
		return new TestDatabase(this, name);
	}

	/**
	 * Drops a database on a background thread of its own, so that no test waits for it;
	 * connections still open to it are closed ({@code WITH (FORCE)}).
	 * @param name the database
	 */
	public void dropSoon(String name) {
		if (DROPPER.isShutdown()) {
			return;
		}
		DROPPER.execute(() -> {
			try (Connection connection = dataSource("postgres").getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				// the server is going away with the JVM: the database goes with its data
				// directory
			}
		});
	}

	/**
	 * Lets the drops already asked for finish, for at most a while: the JVM is exiting,
	 * and each database left is deleted with the data directory, file by file.
	 * @param patience how long to wait at most
	 */
	static void finishDrops(Duration patience) {
		DROPPER.shutdown();
		try {
			DROPPER.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A non-pooling data source for a database of this server.
	 * @param database the database name
	 * @return a data source
	 */
	public DataSource dataSource(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { this.host });
		dataSource.setPortNumbers(new int[] { this.port });
		dataSource.setDatabaseName(database);
		dataSource.setUser(this.user);
		dataSource.setPassword(this.password);
		dataSource.setApplicationName("migrations-tests");
		return dataSource;
	}

	/**
	 * The JDBC URL of a database of this server.
	 * @param database the database name
	 * @return the URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	/**
	 * The superuser name.
	 * @return the user
	 */
	public String user() {
		return this.user;
	}

	/**
	 * The superuser password.
	 * @return the password
	 */
	public String password() {
		return this.password;
	}

	/**
	 * The host.
	 * @return the host
	 */
	public String host() {
		return this.host;
	}

	/**
	 * The port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	static void skip(String reason) {
		Assumptions.abort(reason);
	}

}
