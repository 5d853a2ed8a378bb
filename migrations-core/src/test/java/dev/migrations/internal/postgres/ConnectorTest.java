package dev.migrations.internal.postgres;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections come within a bounded wait, on the calling thread.
 */
@ExtendWith(PostgresExtension.class)
class ConnectorTest {

	@Test
	void opensOnTheCallingThreadForDataSourcesThatRouteByIt(TestDatabase database) throws SQLException {
		AtomicReference<Thread> asked = new AtomicReference<>();
		Connector connector = new Connector(new Recording(database.dataSource(), asked));

		Connector.Opened<Boolean> opened = connector.open(Duration.ofSeconds(5), (connection) -> connection.isValid(1))
			.orElseThrow();

		try (Connection connection = opened.connection()) {
			assertThat(opened.value()).isTrue();
			assertThat(asked.get()).isSameAs(Thread.currentThread());
		}
	}

	@Test
	void givesUpWithinTheWaitWhenThePoolHasNoConnectionLeft(TestDatabase database) throws SQLException {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.jdbcUrl());
		config.setUsername(database.server().user());
		config.setPassword(database.server().password());
		config.setMaximumPoolSize(1);
		try (HikariDataSource pool = new HikariDataSource(config); Connection taken = pool.getConnection()) {
			long start = System.nanoTime();

			assertThat(new Connector(pool).open(Duration.ofMillis(500), (connection) -> true)).isEmpty();

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
		}
	}

	private record Recording(DataSource target, AtomicReference<Thread> asked) implements DataSource {

		@Override
		public Connection getConnection() throws SQLException {
			this.asked.set(Thread.currentThread());
			return this.target.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
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
