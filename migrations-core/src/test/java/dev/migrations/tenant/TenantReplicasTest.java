package dev.migrations.tenant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.testsupport.Pools;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas of an application starting at once, each with its own pool, migrating the same
 * tenants in different orders: the per-tenant lock makes them take turns, so each
 * migration is applied once per tenant and no lock is left behind.
 */
@ExtendWith(PostgresExtension.class)
class TenantReplicasTest {

	private static final int REPLICAS = 4;

	private static final int TENANTS = 20;

	private static final long SEED = 17;

	@TempDir
	Path folder;

	@Test
	void fourReplicasMigratingTwentyTenantsAtOnceApplyEachMigrationOncePerTenant(TestDatabase database)
			throws Exception {
		ScriptFolder scripts = new ScriptFolder(this.folder)
			.migration("1_accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY, owner text);",
					"DROP TABLE accounts;")
			.migration("2_owner.sql", "INSERT INTO accounts VALUES (1, '${tenant}');", "DELETE FROM accounts;")
			.migration("3_notes.sql", "CREATE TABLE notes (body text);", "DROP TABLE notes;");
		List<String> tenants = IntStream.rangeClosed(1, TENANTS).mapToObj((i) -> "tenant_" + i).toList();
		ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
		CountDownLatch start = new CountDownLatch(1);
		List<HikariDataSource> pools = new ArrayList<>();
		List<Future<TenantsResult>> runs = new ArrayList<>();
		Random random = new Random(SEED);
		for (int i = 0; i < REPLICAS; i++) {
			HikariDataSource pool = Pools.of(database, 4);
			pools.add(pool);
			List<String> order = new ArrayList<>(tenants);
			Collections.shuffle(order, random);
			TenantMigrator replica = TenantMigratorTest.tenants(pool, scripts).parallelism(2).build();
			runs.add(replicas.submit(() -> {
				start.await();
				return replica.migrateAll(order);
			}));
		}
		start.countDown();
		Map<String, Integer> appliedByTenant = new HashMap<>();
		for (Future<TenantsResult> run : runs) {
			TenantsResult result = run.get(2, TimeUnit.MINUTES);
			assertThat(result.succeeded()).as(result::describeFailures).isTrue();
			result.migrated()
				.forEach((migrated) -> appliedByTenant.merge(migrated.tenant(), migrated.result().applied().size(),
						Integer::sum));
		}
		replicas.shutdown();
		pools.forEach(HikariDataSource::close);

		assertThat(appliedByTenant).hasSize(TENANTS).allSatisfy((tenant, applied) -> assertThat(applied).isEqualTo(3));
		for (String tenant : tenants) {
			assertThat(database.column("SELECT version FROM " + tenant + ".schema_migrations ORDER BY version"))
				.as(tenant)
				.containsExactly("1", "2", "3");
			assertThat(database.column("SELECT owner FROM " + tenant + ".accounts")).containsExactly(tenant);
		}
		assertThat(database.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo("0");
	}

}
