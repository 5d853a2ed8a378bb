package dev.migrations.test;

import java.time.Duration;
import java.util.List;

import dev.migrations.lint.LockLevel;
import dev.migrations.lint.TableLock;
import dev.migrations.verify.SchemaDifference;
import dev.migrations.verify.VerifiedMigration;
import dev.migrations.verify.VerifyOutcome;
import dev.migrations.verify.VerifyReport;
import org.junit.jupiter.api.Test;

import static dev.migrations.test.MigrationsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The assertions on reports made by hand, without a database.
 */
class VerifyReportAssertTest {

	private static final Duration MS = Duration.ofMillis(1);

	private static VerifiedMigration verified(String version, TableLock... locks) {
		return new VerifiedMigration(version, "change", version + "_change.sql", VerifyOutcome.VERIFIED, true, MS, MS,
				List.of(), List.of(locks), List.of(), null);
	}

	private static VerifyReport report(VerifiedMigration... migrations) {
		return new VerifyReport("orders_clone", List.of("public"), List.of(migrations), List.of());
	}

	@Test
	void passesAReportWithNothingPending() {
		assertThatNoException().isThrownBy(() -> assertThat(report()).isReversible());
	}

	@Test
	void failsOnAMigrationWhoseDownLeftADifference() {
		VerifiedMigration broken = new VerifiedMigration("2", "require", "2_require.sql", VerifyOutcome.NOT_RESTORED,
				true, MS, MS, List.of(), List.of(), List.of(new SchemaDifference("column", "orders.tracking_number",
						"nullability", "nullable", "not null")),
				null);

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(report(verified("1"), broken)).hasPassed())
			.withMessageContaining("but 2_require.sql failed: FAILED: the down did not restore the schema")
			.withMessageContaining("column orders.tracking_number: nullable → not null");
	}

	@Test
	void ignoresStrongLocksOnTablesTheMigrationCreates() {
		VerifyReport report = report(verified("1", new TableLock("orders", LockLevel.ACCESS_EXCLUSIVE, true)),
				verified("2", new TableLock("orders", LockLevel.SHARE_UPDATE_EXCLUSIVE, false)));

		assertThatNoException()
			.isThrownBy(() -> assertThat(report).takesNoLockStrongerThan(LockLevel.SHARE_UPDATE_EXCLUSIVE));
	}

}
