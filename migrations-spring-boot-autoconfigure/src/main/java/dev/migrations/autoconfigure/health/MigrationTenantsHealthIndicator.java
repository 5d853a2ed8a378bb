package dev.migrations.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrations.autoconfigure.MigrationTenants;
import dev.migrations.tenant.TenantResult;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of the tenants' migrations, from the outcome of each tenant's last migrate since
 * start-up (no query per tenant): DOWN when one failed, naming each failed tenant and its
 * error, and the tenants left out after a failure; UP otherwise. Details: the number of
 * tenants, how many were migrated. Thread-safe.
 */
public class MigrationTenantsHealthIndicator extends AbstractHealthIndicator {

	private final MigrationTenants tenants;

	/**
	 * Creates the indicator.
	 * @param tenants the tenants
	 */
	public MigrationTenantsHealthIndicator(MigrationTenants tenants) {
		super("Tenant migrations health check failed");
		this.tenants = Objects.requireNonNull(tenants, "tenants");
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Map<String, TenantResult> outcomes = this.tenants.lastOutcomes();
		Map<String, String> failed = new LinkedHashMap<>();
		outcomes.values()
			.stream()
			.filter(TenantResult.Failed.class::isInstance)
			.map(TenantResult.Failed.class::cast)
			.forEach((failure) -> failed.put(failure.tenant(), failure.error().getMessage()));
		List<String> notStarted = outcomes.values()
			.stream()
			.filter(TenantResult.NotStarted.class::isInstance)
			.map(TenantResult::tenant)
			.toList();
		builder.status(failed.isEmpty() ? Status.UP : Status.DOWN)
			.withDetail("tenants", this.tenants.names().size())
			.withDetail("migrated", outcomes.values().stream().filter(TenantResult.Migrated.class::isInstance).count());
		if (!failed.isEmpty()) {
			builder.withDetail("failed", failed);
		}
		if (!notStarted.isEmpty()) {
			builder.withDetail("notStarted", notStarted);
		}
	}

}
