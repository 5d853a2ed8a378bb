package dev.migrations.tenant;

import java.util.List;
import java.util.Objects;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationRun;

/**
 * What a run did to one tenant: migrated (applied or already up to date), failed, or not
 * started because an earlier tenant failed under {@link OnFailure#STOP}.
 */
public sealed interface TenantResult {

	/**
	 * The tenant.
	 * @return its name
	 */
	String tenant();

	/**
	 * The tenant's migrations ran, or there were none to run.
	 *
	 * @param tenant the tenant
	 * @param result {@link MigrateResult.Applied} or {@link MigrateResult.UpToDate}
	 */
	record Migrated(String tenant, MigrateResult result) implements TenantResult {

		/**
		 * Checks the result.
		 * @throws IllegalArgumentException if the result is a failure
		 */
		public Migrated {
			Objects.requireNonNull(tenant, "tenant");
			if (result instanceof MigrateResult.Failed) {
				throw new IllegalArgumentException("A failed migrate is TenantResult.Failed");
			}
		}

	}

	/**
	 * A migration of the tenant failed; those before it stay applied.
	 *
	 * @param tenant the tenant
	 * @param applied the migrations applied before the failure
	 * @param error what failed, and where
	 */
	record Failed(String tenant, List<MigrationRun> applied, MigrationException error) implements TenantResult {

		/**
		 * Copies the list.
		 */
		public Failed {
			Objects.requireNonNull(tenant, "tenant");
			applied = List.copyOf(applied);
			Objects.requireNonNull(error, "error");
		}

	}

	/**
	 * The tenant was not started: another one failed first and the policy is
	 * {@link OnFailure#STOP}.
	 *
	 * @param tenant the tenant
	 */
	record NotStarted(String tenant) implements TenantResult {

		/**
		 * Checks the name.
		 */
		public NotStarted {
			Objects.requireNonNull(tenant, "tenant");
		}

	}

}
