package dev.migrations.tenant;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.MigrateResult;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.testsupport.Pools;
import dev.migrations.testsupport.PostgresExtension;
import dev.migrations.testsupport.ScriptFolder;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One set of files applied to a schema per tenant: each tenant's objects and history in
 * its schema, {@code ${tenant}} replaced, failures under both policies, a tenant added at
 * run time, and a database per tenant.
 */
@ExtendWith(PostgresExtension.class)
class TenantMigratorTest {

	@TempDir
	Path folder;

	private ScriptFolder accounts() {
		return new ScriptFolder(this.folder)
			.migration("1_accounts.sql", "CREATE TABLE accounts (id bigserial PRIMARY KEY, owner text NOT NULL);",
					"DROP TABLE accounts;")
			.migration("2_owner.sql", "INSERT INTO accounts (owner) VALUES ('${tenant}');", "DELETE FROM accounts;")
			.migration("3_audit.sql", "CREATE TABLE audit (at timestamptz NOT NULL DEFAULT now());",
					"DROP TABLE audit;");
	}

	static TenantMigrator.Builder tenants(DataSource dataSource, ScriptFolder scripts) {
		return TenantMigrator.builder(Migrator.builder(dataSource)
			.configuration(MigrationsConfiguration.builder().locations(scripts.location()).build())
			.build());
	}

	@Test
	void eachTenantGetsTheMigrationsHistoryAndTablesInItsOwnSchema(TestDatabase database) {
		TenantsResult result = tenants(database.dataSource(), accounts()).build()
			.migrateAll(List.of("acme", "globex", "initech"));

		assertThat(result.succeeded()).isTrue();
		assertThat(result.migrated()).extracting((migrated) -> migrated.result().applied().size())
			.containsExactly(3, 3, 3);
		for (String tenant : List.of("acme", "globex", "initech")) {
			assertThat(database.column("SELECT owner FROM " + tenant + ".accounts")).containsExactly(tenant);
			assertThat(database.value("SELECT count(*) FROM " + tenant + ".schema_migrations")).isEqualTo("3");
			assertThat(database.value("SELECT count(*) FROM pg_tables WHERE schemaname = '" + tenant + "'"))
				.isEqualTo("3");
		}
		assertThat(database.value("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isEqualTo("0");
	}

	@Test
	void aPooledConnectionGetsItsSearchPathBackAfterATenantRun(TestDatabase database) throws SQLException {
		try (HikariDataSource pool = Pools.of(database, 2)) {
			String before = searchPath(pool);

			tenants(pool, accounts()).build().migrate("acme");

			assertThat(searchPath(pool)).isEqualTo(before).doesNotContain("acme");
			assertThat(database.value("SELECT count(*) FROM acme.accounts")).isEqualTo("1");
		}
	}

	@Test
	void continuePastAFailingTenantMigratesTheOthersAndNamesTheFailure(TestDatabase database) {
		database.execute("CREATE SCHEMA globex", "CREATE TABLE globex.audit (note text)");

		TenantsResult result = tenants(database.dataSource(), accounts()).parallelism(1)
			.onFailure(OnFailure.CONTINUE)
			.build()
			.migrateAll(List.of("acme", "globex", "initech"));

		assertThat(result.migrated()).extracting(TenantResult::tenant).containsExactly("acme", "initech");
		assertThat(result.failed()).singleElement().satisfies((failed) -> {
			assertThat(failed.tenant()).isEqualTo("globex");
			assertThat(failed.applied()).hasSize(2);
		});
		assertThat(result.notStarted()).isEmpty();
		assertThat(database.value("SELECT max(version) FROM globex.schema_migrations")).isEqualTo("2");
		assertThatThrownBy(result::orThrow).isInstanceOf(TenantMigrationException.class)
			.hasMessageStartingWith("1 of 3 tenant(s) failed; globex: 3_audit.sql")
			.hasMessageContaining("relation \"audit\" already exists");
	}

	@Test
	void stopLeavesTheTenantsAfterTheFirstFailureNotStarted(TestDatabase database) {
		database.execute("CREATE SCHEMA globex", "CREATE TABLE globex.audit (note text)");

		TenantsResult result = tenants(database.dataSource(), accounts()).parallelism(1)
			.onFailure(OnFailure.STOP)
			.build()
			.migrateAll(List.of("acme", "globex", "initech", "umbrella"));

		assertThat(result.results()).extracting((each) -> each.getClass().getSimpleName() + " " + each.tenant())
			.containsExactly("Migrated acme", "Failed globex", "NotStarted initech", "NotStarted umbrella");
		assertThat(database.column("SELECT nspname FROM pg_namespace WHERE nspname IN ('initech', 'umbrella')"))
			.isEmpty();
		assertThat(result.describeFailures()).startsWith("1 of 4 tenant(s) failed; globex: 3_audit.sql")
			.endsWith("not started after the first failure (on-failure=stop): initech, umbrella");
	}

	@Test
	void aTenantAddedAtRunTimeIsMigratedOnceAndThenUpToDate(TestDatabase database) {
		TenantMigrator tenants = tenants(database.dataSource(), accounts()).build();
		tenants.migrateAll(List.of("acme", "globex")).orThrow();

		TenantResult added = tenants.migrate("hooli");
		TenantResult again = tenants.migrate("hooli");

		assertThat(added).isInstanceOfSatisfying(TenantResult.Migrated.class,
				(migrated) -> assertThat(migrated.result().applied()).hasSize(3));
		assertThat(again).isInstanceOfSatisfying(TenantResult.Migrated.class,
				(migrated) -> assertThat(migrated.result()).isInstanceOf(MigrateResult.UpToDate.class));
		assertThat(database.column("SELECT owner FROM hooli.accounts")).containsExactly("hooli");
	}

	@Test
	void namesThatCannotBeSchemasAreRefusedBeforeAnyTenantStarts(TestDatabase database) {
		TenantMigrator tenants = tenants(database.dataSource(), accounts()).build();

		assertThatIllegalArgumentException().isThrownBy(() -> tenants.migrateAll(List.of("acme", "bad-name")))
			.withMessageContaining("Invalid name 'bad-name' (the schema setting)");
		assertThatIllegalArgumentException().isThrownBy(() -> tenants.migrateAll(List.of("acme", "acme")))
			.withMessage("Tenant 'acme' is listed twice");
		assertThat(database.column("SELECT nspname FROM pg_namespace WHERE nspname = 'acme'")).isEmpty();
	}

	@Test
	void aDatabasePerTenantKeepsItsSchemaAndClosesEachTenantsPool(TestDatabase database) {
		TestDatabase first = database.server().createDatabase();
		TestDatabase second = database.server().createDatabase();
		List<HikariDataSource> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
		TenantMigrator tenants = tenants(database.dataSource(), accounts()).dataSources((name) -> {
			HikariDataSource pool = Pools.of(new TestDatabase(database.server(), name), 2);
			opened.add(pool);
			return pool;
		}).build();
		try {
			TenantsResult result = tenants.migrateAll(List.of(first.name(), second.name()));

			assertThat(result.succeeded()).isTrue();
			assertThat(first.column("SELECT owner FROM public.accounts")).containsExactly(first.name());
			assertThat(second.column("SELECT owner FROM public.accounts")).containsExactly(second.name());
			assertThat(opened).hasSize(2).allMatch(HikariDataSource::isClosed);
		}
		finally {
			first.dropSoon();
			second.dropSoon();
		}
	}

	private static String searchPath(DataSource pool) throws SQLException {
		// a pool of 2 at rest: both connections are asked
		try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
			String path = null;
			for (Connection connection : List.of(first, second)) {
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("SHOW search_path")) {
					row.next();
					assertThat(path == null || path.equals(row.getString(1))).isTrue();
					path = row.getString(1);
				}
			}
			return path;
		}
	}

}
