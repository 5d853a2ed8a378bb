package dev.migrations.sample;

import java.io.IOException;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.migrations.MigrationRun;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.Version;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's migrations on a database that already holds rows, as in production: the
 * batched backfill, copy and archive walk more than one batch, the constraint step finds
 * every row filled, and every down puts the rows back the way they were. One embedded
 * server for the class, a fresh database for each test.
 */
class MigrationsOnDataTests {

	private static final Version BEFORE_TRACKING_NUMBER = Version.parse("20260501_01");

	private static final int ORDERS = 25_000;

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	private Migrator migrator;

	private JdbcClient jdbc;

	@BeforeAll
	static void startServer() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopServer() throws IOException {
		postgres.close();
	}

	@BeforeEach
	void freshDatabase() {
		String name = "sample_" + databases.incrementAndGet();
		JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
		DataSource dataSource = postgres.getDatabase("postgres", name);
		this.migrator = Migrator.builder(dataSource)
			.configuration(MigrationsConfiguration.builder()
				.locations("classpath:db/migrations")
				.contractEnabled(true)
				.build())
			.build();
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Test
	void backfillsCopiesAndArchivesRowsWrittenBeforeTheMigrations() {
		this.migrator.migrate(BEFORE_TRACKING_NUMBER).orThrow();
		seedUsersAndOrders();
		assertThat(this.migrator.migrate().orThrow().applied()).hasSize(9);
		assertThat(count("SELECT count(*) FROM orders WHERE tracking_number = 'UNKNOWN'")).isEqualTo(ORDERS);
		assertThat(count("SELECT count(*) FROM orders WHERE status = 'archived'")).isEqualTo(ORDERS / 4);
		assertThat(this.jdbc.sql("SELECT full_name FROM users ORDER BY id").query(String.class).list())
			.containsExactly("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");
		assertThat(columnExists("users", "name")).isFalse();
		assertThat(count("SELECT count(*) FROM pg_indexes WHERE indexname = 'idx_orders_customer_id'")).isOne();
	}

	@Test
	void undoingPastTheBatchesPutsTheRowsBackAndTheyApplyAgain() {
		this.migrator.migrate(BEFORE_TRACKING_NUMBER).orThrow();
		seedUsersAndOrders();
		this.migrator.migrate().orThrow();
		assertThat(this.migrator.undo(BEFORE_TRACKING_NUMBER).orThrow().undone()).hasSize(9);
		assertThat(count("SELECT count(*) FROM orders WHERE status = 'delivered'")).isEqualTo(ORDERS / 2);
		assertThat(this.jdbc.sql("SELECT name FROM users ORDER BY id").query(String.class).list())
			.containsExactly("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");
		assertThat(columnExists("orders", "tracking_number")).isFalse();
		assertThat(columnExists("users", "full_name")).isFalse();
		assertThat(count("SELECT count(*) FROM pg_tables WHERE tablename = 'legacy_events'")).isOne();
		assertThat(this.migrator.migrate().orThrow().applied()).hasSize(9);
		assertThat(count("SELECT count(*) FROM orders WHERE status = 'archived'")).isEqualTo(ORDERS / 4);
	}

	@Test
	void undoesEveryMigrationDownToAnEmptySchemaAndAppliesThemAgain() {
		assertThat(this.migrator.migrate().orThrow().applied()).hasSize(13);
		assertThat(this.migrator.undoAll().orThrow().undone()).extracting(MigrationRun::version)
			.hasSize(13)
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(
				this.jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").query(String.class).list())
			.containsExactly("schema_migrations");
		assertThat(this.migrator.migrate().orThrow().applied()).hasSize(13);
	}

	private void seedUsersAndOrders() {
		this.jdbc
			.sql("INSERT INTO users (name, email) VALUES ('Ada Lovelace', 'ada@example.com'), "
					+ "('Grace Hopper', 'grace@example.com'), ('Edsger Dijkstra', 'edsger@example.com')")
			.update();
		// every other order delivered, every fourth one delivered before 2024: those get
		// archived
		this.jdbc.sql("""
				INSERT INTO orders (customer_id, status, total_cents, created_at)
				SELECT 1 + g % 3, CASE WHEN g % 2 = 0 THEN 'delivered' ELSE 'new' END, g,
				       CASE WHEN g % 4 = 0 THEN timestamptz '2023-06-01' ELSE now() END
				FROM generate_series(1, :orders) AS g
				""").param("orders", ORDERS).update();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private boolean columnExists(String table, String column) {
		return count("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
				+ "AND table_name = '" + table + "' AND column_name = '" + column + "'") == 1;
	}

}
