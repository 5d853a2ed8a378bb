package dev.migrations.tenant;

import dev.migrations.MigrationException;

/**
 * One or more tenants failed to migrate: the message names each and its error, and the
 * tenants left out; {@link #result()} holds every tenant's outcome.
 */
public class TenantMigrationException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final transient TenantsResult result;

	/**
	 * Creates the exception.
	 * @param result the run's outcome, with at least one failure
	 */
	public TenantMigrationException(TenantsResult result) {
		super(result.describeFailures(), result.failed().isEmpty() ? null : result.failed().get(0).error());
		this.result = result;
	}

	/**
	 * Every tenant's outcome.
	 * @return the result
	 */
	public TenantsResult result() {
		return this.result;
	}

}
