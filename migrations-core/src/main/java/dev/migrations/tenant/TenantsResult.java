package dev.migrations.tenant;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a run over many tenants, one {@link TenantResult} per tenant in the
 * order the tenants were given.
 *
 * @param results each tenant's outcome
 */
public record TenantsResult(List<TenantResult> results) {

	/**
	 * Copies the list.
	 */
	public TenantsResult {
		results = List.copyOf(results);
	}

	/**
	 * The tenants that failed.
	 * @return their results, in order
	 */
	public List<TenantResult.Failed> failed() {
		return only(TenantResult.Failed.class);
	}

	/**
	 * The tenants that were migrated or already up to date.
	 * @return their results, in order
	 */
	public List<TenantResult.Migrated> migrated() {
		return only(TenantResult.Migrated.class);
	}

	/**
	 * The tenants not started because another failed first.
	 * @return their results, in order
	 */
	public List<TenantResult.NotStarted> notStarted() {
		return only(TenantResult.NotStarted.class);
	}

	/**
	 * Whether every tenant was migrated.
	 * @return whether none failed and none was left out
	 */
	public boolean succeeded() {
		return migrated().size() == this.results.size();
	}

	/**
	 * Throws when a tenant failed.
	 * @return this result when every tenant was migrated
	 * @throws TenantMigrationException naming every failed tenant and its error, and the
	 * tenants not started
	 */
	public TenantsResult orThrow() {
		if (!succeeded()) {
			throw new TenantMigrationException(this);
		}
		return this;
	}

	/**
	 * A summary naming every failed tenant and its error, and the tenants not started.
	 * @return the summary
	 */
	public String describeFailures() {
		List<TenantResult.Failed> failed = failed();
		StringBuilder text = new StringBuilder();
		text.append(failed.size()).append(" of ").append(this.results.size()).append(" tenant(s) failed");
		for (TenantResult.Failed failure : failed) {
			text.append("; ").append(failure.tenant()).append(": ").append(failure.error().getMessage());
		}
		List<TenantResult.NotStarted> notStarted = notStarted();
		if (!notStarted.isEmpty()) {
			text.append("; not started after the first failure (on-failure=stop): ")
				.append(notStarted.stream().map(TenantResult::tenant).collect(Collectors.joining(", ")));
		}
		return text.toString();
	}

	private <T extends TenantResult> List<T> only(Class<T> type) {
		return this.results.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
