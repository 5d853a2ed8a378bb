package dev.migrations.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.Migrator;
import dev.migrations.MissingFilePolicy;
import dev.migrations.Version;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Health of one {@link Migrator}'s database: DOWN when a migration stopped part-way, an
 * applied migration was edited, an applied migration's file is missing (unless
 * {@code migrations.missing-file-policy} accepts it) or, when pending migrations count as
 * a problem ({@code migrations.mode=validate}), something is pending or out of order; UP
 * otherwise. Contract-phase migrations held until
 * {@code migrations.contract.enabled=true} are expected, not a problem: they keep the
 * health UP and are counted as {@code held}. Details: the current version and the number
 * of migrations in each state. One history query per check. Thread-safe.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

	private final Migrator migrator;

	private final boolean pendingIsDown;

	/**
	 * Creates an indicator.
	 * @param migrator the migrator
	 * @param pendingIsDown whether pending and out-of-order migrations make the health
	 * DOWN (validate mode)
	 */
	public MigrationsHealthIndicator(Migrator migrator, boolean pendingIsDown) {
		super("Migrations health check failed");
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.pendingIsDown = pendingIsDown;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MigrationStatus status = this.migrator.status();
		builder.status(isDown(status) ? Status.DOWN : Status.UP);
		builder.withDetail("currentVersion", status.currentVersion().map(Version::toString).orElse("none"));
		Map<String, Long> counts = new LinkedHashMap<>();
		for (MigrationState state : MigrationState.values()) {
			counts.put(key(state), status.count(state));
		}
		builder.withDetails(counts);
	}

	private boolean isDown(MigrationStatus status) {
		boolean missingIsDown = this.migrator.configuration().missingFilePolicy() == MissingFilePolicy.FAIL;
		return status.count(MigrationState.PARTIAL) > 0 || status.count(MigrationState.CHANGED) > 0
				|| (missingIsDown && status.count(MigrationState.MISSING_FILE) > 0) || (this.pendingIsDown
						&& status.count(MigrationState.PENDING) + status.count(MigrationState.OUT_OF_ORDER) > 0);
	}

	private static String key(MigrationState state) {
		String[] words = state.name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder key = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return key.toString();
	}

}
