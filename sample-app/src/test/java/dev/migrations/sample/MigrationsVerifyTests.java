package dev.migrations.sample;

import java.io.IOException;

import javax.sql.DataSource;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.TableLock;
import dev.migrations.test.MigrationsAssertions;
import dev.migrations.test.MigrationsVerifier;
import dev.migrations.verify.VerifyReport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden rule 4, automated: every migration of the sample goes up, down and up again on a
 * clone, and the down leaves the schema exactly as it found it. This is the sample's
 * pre-deploy check, run with the build.
 */
class MigrationsVerifyTests {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startServer() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopServer() throws IOException {
		postgres.close();
	}

	@Test
	void everyMigrationOfTheSampleIsReversible() {
		JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE DATABASE shop_clone").update();
		DataSource clone = postgres.getDatabase("postgres", "shop_clone");

		VerifyReport report = MigrationsVerifier.forDataSource(clone)
			.configuration(MigrationsConfiguration.builder()
				.locations("classpath:db/migrations")
				.contractEnabled(true)
				.build())
			.verify();

		System.out.println(report.toText());
		MigrationsAssertions.assertThat(report).hasPassed();
		assertThat(report.migrations()).hasSize(13);
		assertThat(report.irreversible()).isEmpty();
		assertThat(report.migrations())
			.filteredOn((migration) -> migration.script().contains("index_orders_customer_id"))
			.singleElement()
			.satisfies((index) -> assertThat(index.locks()).extracting(TableLock::level)
				.containsOnly(LockLevel.SHARE_UPDATE_EXCLUSIVE));
	}

}
