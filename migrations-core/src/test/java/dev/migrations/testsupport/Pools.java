package dev.migrations.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Connection pools on a test database, as applications use them: a HikariCP pool of a
 * given size that opens connections only when asked.
 */
public final class Pools {

	private Pools() {
	}

	/**
	 * A pool on a database.
	 * @param database the database
	 * @param maximumPoolSize the pool's size
	 * @return the pool, to close
	 */
	public static HikariDataSource of(TestDatabase database, int maximumPoolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(database.jdbcUrl());
		config.setUsername(database.server().user());
		config.setPassword(database.server().password());
		config.setMaximumPoolSize(maximumPoolSize);
		config.setMinimumIdle(0);
		return new HikariDataSource(config);
	}

}
