package dev.migrations.internal.postgres;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the engine asks of the PostgreSQL JDBC driver (pgjdbc) without depending on it:
 * the backend key the server (or a pooler in front of it) gave the connection, and the
 * number of executions after which pgjdbc prepares a statement on the server. Reached
 * through {@link Connection#unwrap} with pgjdbc's public
 * {@code org.postgresql.PGConnection} interface, found by name; with another driver every
 * answer is empty and every change a no-op. Stateless and thread-safe.
 */
public final class PgDriver {

	private static final String PG_CONNECTION = "org.postgresql.PGConnection";

	private PgDriver() {
	}

	/**
	 * The backend process id the driver was given at login. PostgreSQL gives the real
	 * one; a pooler such as PgBouncer gives a key of its own (it must route cancel
	 * requests), so a value other than {@code pg_backend_pid()} means a pooler stands in
	 * between.
	 * @param connection the connection
	 * @return the pid the driver holds, or empty when the driver is not pgjdbc
	 */
	public static OptionalInt backendPid(Connection connection) {
		return call(connection, "getBackendPID").map((value) -> OptionalInt.of((Integer) value))
			.orElse(OptionalInt.empty());
	}

	/**
	 * pgjdbc's {@code prepareThreshold} of the connection.
	 * @param connection the connection
	 * @return the threshold (0: never prepare on the server), or empty when the driver is
	 * not pgjdbc
	 */
	public static OptionalInt prepareThreshold(Connection connection) {
		return call(connection, "getPrepareThreshold").map((value) -> OptionalInt.of((Integer) value))
			.orElse(OptionalInt.empty());
	}

	/**
	 * Sets pgjdbc's {@code prepareThreshold} for statements created on the connection
	 * from now on.
	 * @param connection the connection
	 * @param threshold the threshold (0: never prepare on the server)
	 * @return whether it was set (false when the driver is not pgjdbc)
	 */
	public static boolean prepareThreshold(Connection connection, int threshold) {
		Optional<Unwrapped> driver = unwrap(connection);
		if (driver.isEmpty()) {
			return false;
		}
		try {
			Method setter = driver.get().type().getMethod("setPrepareThreshold", int.class);
			setter.invoke(driver.get().driver(), threshold);
			return true;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Makes every statement created on the connection from now on a one-shot one, never
	 * prepared on the server: pgjdbc otherwise prepares even its {@code COMMIT} and
	 * {@code ROLLBACK} as named statements ({@code S_1}, …), which a pooler in
	 * transaction mode lets land on a server connection where another client's already
	 * exist.
	 * @param connection the connection
	 * @return the threshold to give back with {@link #restore}, or -1 when nothing was
	 * changed
	 */
	public static int oneShot(Connection connection) {
		OptionalInt threshold = prepareThreshold(connection);
		if (threshold.isPresent() && threshold.getAsInt() != 0 && prepareThreshold(connection, 0)) {
			return threshold.getAsInt();
		}
		return -1;
	}

	/**
	 * Gives a connection back the threshold {@link #oneShot} changed.
	 * @param connection the connection
	 * @param threshold what {@link #oneShot} returned
	 */
	public static void restore(Connection connection, int threshold) {
		if (threshold >= 0) {
			prepareThreshold(connection, threshold);
		}
	}

	private static Optional<Object> call(Connection connection, String getter) {
		return unwrap(connection).flatMap((unwrapped) -> {
			try {
				return Optional.ofNullable(unwrapped.type().getMethod(getter).invoke(unwrapped.driver()));
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				return Optional.empty();
			}
		});
	}

	private static Optional<Unwrapped> unwrap(Connection connection) {
		for (ClassLoader loader : new ClassLoader[] { connection.getClass().getClassLoader(),
				Thread.currentThread().getContextClassLoader(), PgDriver.class.getClassLoader() }) {
			try {
				Class<?> type = Class.forName(PG_CONNECTION, false, loader);
				if (connection.isWrapperFor(type)) {
					return Optional.of(new Unwrapped(type, connection.unwrap(type)));
				}
			}
			catch (ClassNotFoundException | SQLException | RuntimeException ex) {
				// another loader may see the driver
			}
		}
		return Optional.empty();
	}

	private record Unwrapped(Class<?> type, Object driver) {
	}

}
