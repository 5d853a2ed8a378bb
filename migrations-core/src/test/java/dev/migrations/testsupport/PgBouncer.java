package dev.migrations.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PgBouncer in front of the test server, started by the tests themselves from the
 * {@code pgbouncer} binary of the machine ({@code apt-get install -y pgbouncer} gives
 * 1.18). The calling test is skipped, not failed, where no binary is installed, or where
 * PgBouncer (which refuses to run as root) has no {@code postgres} user to run as. Every
 * database of the server is reachable through it ({@code * = host=…}), each with a pool
 * of its own of the given size; clients log in without a password. {@link #close()} stops
 * it. Thread-safe.
 */
public final class PgBouncer implements AutoCloseable {

	private static final List<String> BINARIES = List.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer",
			"/usr/local/bin/pgbouncer");

	private final Path directory;

	private final int port;

	private final long pid;

	private final PostgresServer server;

	private PgBouncer(Path directory, int port, long pid, PostgresServer server) {
		this.directory = directory;
		this.port = port;
		this.pid = pid;
		this.server = server;
	}

	/**
	 * Starts a PgBouncer in front of a server.
	 * @param server the PostgreSQL server
	 * @param poolMode {@code session}, {@code transaction} or {@code statement}
	 * @param poolSize {@code default_pool_size}: server connections per database
	 * @return the running PgBouncer
	 */
	public static PgBouncer start(PostgresServer server, String poolMode, int poolSize) {
		Path binary = binary().orElse(null);
		Assumptions.assumeTrue(binary != null,
				"pgbouncer is not installed (apt-get install -y pgbouncer): the pooler tests are skipped");
		boolean root = "root".equals(System.getProperty("user.name"));
		Assumptions.assumeTrue(!root || userExists("postgres"),
				"pgbouncer refuses to run as root and there is no postgres user to run it as: skipped");
		try {
			Path directory = Files.createTempDirectory("pgbouncer-");
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
			int port = freePort();
			Files.writeString(directory.resolve("users.txt"),
					"\"" + server.user() + "\" \"" + server.password() + "\"\n");
			Files.writeString(directory.resolve("pgbouncer.ini"), ini(server, directory, port, poolMode, poolSize));
			List<String> command = new ArrayList<>(root ? List.of("runuser", "-u", "postgres", "--") : List.of());
			command.addAll(List.of(binary.toString(), "-d", directory.resolve("pgbouncer.ini").toString()));
			Process daemon = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(directory.resolve("start.log").toFile())
				.start();
			if (!daemon.waitFor(20, TimeUnit.SECONDS) || daemon.exitValue() != 0) {
				throw new IllegalStateException("pgbouncer did not start: " + log(directory));
			}
			PgBouncer pgBouncer = new PgBouncer(directory, port, awaitListening(directory, port), server);
			Runtime.getRuntime().addShutdownHook(new Thread(pgBouncer::close));
			return pgBouncer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String ini(PostgresServer server, Path directory, int port, String poolMode, int poolSize) {
		return String.join("\n", "[databases]", "* = host=" + server.host() + " port=" + server.port(), "",
				"[pgbouncer]", "listen_addr = 127.0.0.1", "listen_port = " + port, "unix_socket_dir =",
				"auth_type = trust", "auth_file = " + directory.resolve("users.txt"), "pool_mode = " + poolMode,
				"default_pool_size = " + poolSize, "min_pool_size = 0", "reserve_pool_size = 0",
				"max_client_conn = 1000", "ignore_startup_parameters = extra_float_digits",
				"logfile = " + directory.resolve("pgbouncer.log"), "pidfile = " + directory.resolve("pgbouncer.pid"),
				"");
	}

	private static Optional<Path> binary() {
		return BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
	}

	private static boolean userExists(String user) {
		try {
			Process id = new ProcessBuilder("id", "-u", user).redirectErrorStream(true).start();
			id.getInputStream().readAllBytes();
			return id.waitFor() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static long awaitListening(Path directory, int port) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		Path pidFile = directory.resolve("pgbouncer.pid");
		while (System.nanoTime() < deadline) {
			if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
					return Long.parseLong(Files.readString(pidFile).strip());
				}
				catch (IOException ex) {
					// not listening yet
				}
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("pgbouncer did not listen on port " + port + ": " + log(directory));
	}

	private static String log(Path directory) {
		StringBuilder text = new StringBuilder();
		for (String name : List.of("start.log", "pgbouncer.log")) {
			try {
				text.append(name).append(": ").append(Files.readString(directory.resolve(name))).append('\n');
			}
			catch (IOException ex) {
				text.append(name).append(": (none)\n");
			}
		}
		return text.toString();
	}

	/**
	 * The JDBC URL of a database through this PgBouncer, with pgjdbc's defaults (it
	 * prepares statements on the server after 5 executions).
	 * @param database the database
	 * @return the URL
	 */
	public String jdbcUrl(TestDatabase database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database.name();
	}

	/**
	 * A non-pooling data source for a database through this PgBouncer, with pgjdbc's
	 * defaults.
	 * @param database the database
	 * @return the data source
	 */
	public DataSource dataSource(TestDatabase database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(jdbcUrl(database));
		dataSource.setUser(this.server.user());
		dataSource.setPassword(this.server.password());
		dataSource.setApplicationName("migrations-tests-pgbouncer");
		return dataSource;
	}

	/**
	 * PgBouncer's log, for failure messages.
	 * @return the log
	 */
	public String log() {
		return log(this.directory);
	}

	/**
	 * Stops PgBouncer (SIGTERM to the process it started as, then SIGKILL after 5 s).
	 */
	@Override
	public void close() {
		ProcessHandle.of(this.pid).ifPresent((process) -> {
			process.destroy();
			try {
				process.onExit().get(5, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.destroyForcibly();
			}
		});
	}

}
