package dev.migrations.internal.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.migrations.lint.LockLevel;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock sampler sees even the shortest migrations' locks, by making them wait for it
 * at the history table or at its snapshot.
 */
@ExtendWith(PostgresExtension.class)
class LockSamplerTest {

	@ParameterizedTest
	@CsvSource({ "AccessShareLock, ACCESS_SHARE", "RowShareLock, ROW_SHARE", "RowExclusiveLock, ROW_EXCLUSIVE",
			"ShareUpdateExclusiveLock, SHARE_UPDATE_EXCLUSIVE", "ShareLock, SHARE",
			"ShareRowExclusiveLock, SHARE_ROW_EXCLUSIVE", "ExclusiveLock, EXCLUSIVE",
			"AccessExclusiveLock, ACCESS_EXCLUSIVE" })
	void readsEachModeOfPgLocks(String mode, LockLevel level) {
		assertThat(LockSampler.level(mode)).isEqualTo(level);
	}

	@Test
	void seesAShortTransactionsLocksWhileItWaitsAtTheHistoryTable(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE history (version text)", "CREATE TABLE orders (id int)");
		long orders = Long.parseLong(database.value("SELECT 'orders'::regclass::oid"));

		Map<Long, LockLevel> locks;
		try (LockSampler sampler = LockSampler.start(database.dataSource(), "public.history")) {
			run(database, "BEGIN; ALTER TABLE orders ADD COLUMN note text; INSERT INTO history VALUES ('1'); COMMIT");
			locks = sampler.stop();
		}

		assertThat(locks).containsEntry(orders, LockLevel.ACCESS_EXCLUSIVE);
	}

	@Test
	void seesACreateIndexConcurrentlyWhileItWaitsForTheSamplersSnapshot(TestDatabase database) throws Exception {
		database.execute("CREATE TABLE orders (customer_id int)");
		long orders = Long.parseLong(database.value("SELECT 'orders'::regclass::oid"));

		Map<Long, LockLevel> locks;
		try (LockSampler sampler = LockSampler.start(database.dataSource(), "public.no_history_yet")) {
			run(database, "CREATE INDEX CONCURRENTLY orders_customer ON orders (customer_id)");
			locks = sampler.stop();
		}

		assertThat(locks).containsEntry(orders, LockLevel.SHARE_UPDATE_EXCLUSIVE);
	}

	private static void run(TestDatabase database, String sql) throws Exception {
		CompletableFuture.runAsync(() -> {
			try (Connection connection = database.dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}).get();
	}

}
