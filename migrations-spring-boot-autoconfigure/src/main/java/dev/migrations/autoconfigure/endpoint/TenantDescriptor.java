package dev.migrations.autoconfigure.endpoint;

import dev.migrations.MigrateResult;
import dev.migrations.Version;
import dev.migrations.tenant.TenantResult;
import org.jspecify.annotations.Nullable;

/**
 * What the application knows of one tenant without asking its database: the outcome of
 * its last migrate since start-up.
 *
 * @param outcome {@code APPLIED}, {@code UP_TO_DATE}, {@code FAILED},
 * {@code NOT_STARTED}, or {@code UNKNOWN} when not migrated since start-up
 * @param currentVersion the version it reached, or {@code null}
 * @param applied how many migrations that run applied
 * @param error the failure's message, or {@code null}
 */
public record TenantDescriptor(String outcome, @Nullable String currentVersion, int applied, @Nullable String error) {

	static TenantDescriptor of(@Nullable TenantResult result) {
		if (result == null) {
			return new TenantDescriptor("UNKNOWN", null, 0, null);
		}
		if (result instanceof TenantResult.Migrated migrated) {
			return migrated(migrated.result());
		}
		if (result instanceof TenantResult.Failed failed) {
			return new TenantDescriptor("FAILED", null, failed.applied().size(), failed.error().getMessage());
		}
		return new TenantDescriptor("NOT_STARTED", null, 0, null);
	}

	private static TenantDescriptor migrated(MigrateResult result) {
		if (result instanceof MigrateResult.Applied applied) {
			return new TenantDescriptor("APPLIED", applied.current().toString(), applied.applied().size(), null);
		}
		Version current = ((MigrateResult.UpToDate) result).current();
		return new TenantDescriptor("UP_TO_DATE", (current != null) ? current.toString() : null, 0, null);
	}

}
