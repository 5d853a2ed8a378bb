package dev.migrations.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method that declares a {@link TestDatabase} parameter a fresh database
 * on the shared server, so tests are independent and may run in any order, and drops it
 * when the test ends: a suite's hundreds of databases would otherwise stay in the
 * server's data directory until the JVM exits, and deleting them then outlasts the 30 s
 * Surefire gives a test JVM to exit.
 */
public final class PostgresExtension implements ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == TestDatabase.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		TestDatabase database = PostgresServer.get().createDatabase();
		extensionContext.getStore(NAMESPACE).put(database.name(), new DropWhenDone(database));
		return database;
	}

	/**
	 * Drops a test's database when JUnit closes the test's store, at the end of the test.
	 *
	 * @param database the database
	 */
	private record DropWhenDone(TestDatabase database) implements AutoCloseable {

		@Override
		public void close() {
			this.database.server().dropSoon(this.database.name());
		}

	}

}
