package dev.migrations.internal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections come within a bounded wait, or not at all.
 */
@ExtendWith(PostgresExtension.class)
class ConnectorTest {

	private static HikariDataSource poolOfOne(TestDatabase database) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.jdbcUrl());
		config.setUsername(database.server().user());
		config.setPassword(database.server().password());
		config.setMaximumPoolSize(1);
		return new HikariDataSource(config);
	}

	@Test
	void aConnectionThatComesAfterTheWaitIsGivenBack(TestDatabase database) throws Exception {
		try (HikariDataSource pool = poolOfOne(database)) {
			Connection taken = pool.getConnection();

			assertThat(new Connector(pool).open(Duration.ofMillis(200), (connection) -> true)).isEmpty();
			taken.close();

			Thread.sleep(1000);
			assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
		}
	}

	@Test
	void givesUpWithinTheWaitWhenThePoolHasNoConnectionLeft(TestDatabase database) throws SQLException {
		try (HikariDataSource pool = poolOfOne(database); Connection taken = pool.getConnection()) {
			long start = System.nanoTime();

			assertThat(new Connector(pool).open(Duration.ofMillis(500), (connection) -> true)).isEmpty();

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(Thread.currentThread().isInterrupted()).isFalse();
		}
	}

}
