package dev.migrations.autoconfigure.endpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.migrations.MigrationInfo;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.Migrator;
import dev.migrations.RepeatableInfo;
import dev.migrations.Version;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code migrations} actuator endpoint: for each {@link Migrator} bean, the current
 * version, every migration known from the files or the history, and the repeatable
 * migrations. Each call makes one {@link Migrator#status()} call per migrator (one
 * history query: files are read once, at start-up); asking for one pending migration by
 * version adds one {@link Migrator#plan()} call, for its statements, locks and lint
 * findings. SQL appears only when {@code migrations.endpoint.show-sql} allows it.
 * Thread-safe.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final Map<String, Migrator> migrators;

	private final Show showSql;

	/**
	 * Creates the endpoint.
	 * @param migrators the migrators by bean name
	 * @param showSql when to include each migration's SQL
	 */
	public MigrationsEndpoint(Map<String, Migrator> migrators, Show showSql) {
		this.migrators = new LinkedHashMap<>(Objects.requireNonNull(migrators, "migrators"));
		this.showSql = Objects.requireNonNull(showSql, "showSql");
	}

	/**
	 * Every migration of every migrator ({@code GET /actuator/migrations}).
	 * @param securityContext who asks, for {@code show-sql=when-authorized}
	 * @return the migrators by bean name
	 * @throws dev.migrations.MigrationException if a status cannot be read
	 */
	@ReadOperation
	public MigratorsDescriptor migrations(SecurityContext securityContext) {
		boolean sql = this.showSql.isShown(securityContext, Set.of());
		Map<String, MigratorDescriptor> descriptors = new LinkedHashMap<>();
		this.migrators
			.forEach((name, migrator) -> descriptors.put(name, MigratorDescriptor.of(migrator.status(), sql)));
		return new MigratorsDescriptor(descriptors);
	}

	/**
	 * One migration of every migrator that knows it ({@code GET
	 * /actuator/migrations/{version}}); a pending one with its plan.
	 * @param securityContext who asks, for {@code show-sql=when-authorized}
	 * @param version the version, such as {@code 20260501_01}
	 * @return the migration by migrator bean name, or {@code null} (404) when no migrator
	 * knows it
	 * @throws InvalidEndpointRequestException (400) if the version does not parse
	 * @throws dev.migrations.MigrationException if a status or plan cannot be read
	 */
	@ReadOperation
	public MigrationDescriptors migration(SecurityContext securityContext, @Selector String version) {
		Version wanted = parse(version);
		boolean sql = this.showSql.isShown(securityContext, Set.of());
		Map<String, MigrationDescriptor> found = new LinkedHashMap<>();
		this.migrators.forEach((name, migrator) -> migrator.status()
			.find(wanted)
			.ifPresent((migration) -> found.put(name,
					MigrationDescriptor.of(migration, sql, plan(migrator, migration, sql)))));
		return found.isEmpty() ? null : new MigrationDescriptors(found);
	}

	private static PlanDescriptor plan(Migrator migrator, MigrationInfo migration, boolean sql) {
		if (migration.state() != MigrationState.PENDING) {
			return null;
		}
		// a pending migration beyond the configured target is not in the plan
		return migrator.plan()
			.migrations()
			.stream()
			.filter((pending) -> pending.version().equals(migration.version()))
			.findFirst()
			.map((pending) -> PlanDescriptor.of(pending, sql))
			.orElse(null);
	}

	static Version parse(String version) {
		try {
			return Version.parse(version);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEndpointRequestException(ex.getMessage(), "Invalid version");
		}
	}

	/**
	 * The migrators of the application.
	 *
	 * @param migrators each migrator by bean name
	 */
	public record MigratorsDescriptor(Map<String, MigratorDescriptor> migrators) implements OperationResponseBody {
	}

	/**
	 * One migrator's migrations.
	 *
	 * @param currentVersion the newest applied version, or {@code null} when nothing is
	 * applied
	 * @param migrations every migration, in version order
	 * @param repeatables the repeatable migrations ({@code R__…sql}), in description
	 * order
	 */
	public record MigratorDescriptor(String currentVersion, List<MigrationDescriptor> migrations,
			List<RepeatableDescriptor> repeatables) {

		static MigratorDescriptor of(MigrationStatus status, boolean sql) {
			return new MigratorDescriptor(status.currentVersion().map(Version::toString).orElse(null),
					status.migrations()
						.stream()
						.map((migration) -> MigrationDescriptor.of(migration, sql, null))
						.toList(),
					status.repeatables().stream().map(RepeatableDescriptor::of).toList());
		}

	}

	/**
	 * One repeatable migration.
	 *
	 * @param description the description (its identity)
	 * @param script the file name
	 * @param state {@code APPLIED} when its file is unchanged since it last ran,
	 * {@code PENDING} when new or edited, {@code MISSING_FILE} when the file is gone
	 * @param checksum the file's checksum (the recorded one when the file is gone)
	 * @param appliedAt when it last ran, or {@code null}
	 */
	public record RepeatableDescriptor(String description, String script, RepeatableInfo.State state, String checksum,
			Instant appliedAt) {

		static RepeatableDescriptor of(RepeatableInfo repeatable) {
			return new RepeatableDescriptor(repeatable.description(), repeatable.script(), repeatable.state(),
					repeatable.checksum(),
					(repeatable.appliedAt() != null) ? repeatable.appliedAt().toInstant() : null);
		}

	}

	/**
	 * One migration, as found by each migrator that knows its version.
	 *
	 * @param migrators the migration by migrator bean name
	 */
	public record MigrationDescriptors(Map<String, MigrationDescriptor> migrators) implements OperationResponseBody {
	}

	/**
	 * One migration.
	 *
	 * @param version the version
	 * @param description the description, from the file name
	 * @param script the file name
	 * @param state the state
	 * @param checksum the checksum of the up section
	 * @param appliedAt when it was applied, or {@code null}
	 * @param appliedBy the database role that applied it, or {@code null}
	 * @param executionTimeMs how long the up section took, in milliseconds, or
	 * {@code null}
	 * @param reversible whether it has a down section
	 * @param transactional whether it runs in one transaction
	 * @param upSql the up section, or {@code null} when hidden or missing
	 * @param downSql the down section, or {@code null} when hidden or irreversible
	 * @param origin where an applied migration's record came from: {@code flyway} (taken
	 * over from Flyway's history), {@code baseline} (at or below
	 * {@code migrations.baseline-version}, never run here), or {@code null} (applied by
	 * this engine, or not applied)
	 * @param batchPosition for a partial migration stopped inside a batched statement,
	 * the last key of its last committed batch (the next migrate resumes after it);
	 * otherwise {@code null}
	 * @param plan for a pending migration asked for by version, what migrate would do
	 * with it; otherwise {@code null}
	 */
	public record MigrationDescriptor(String version, String description, String script, MigrationState state,
			String checksum, Instant appliedAt, String appliedBy, Long executionTimeMs, boolean reversible,
			boolean transactional, String upSql, String downSql, String origin, Long batchPosition,
			PlanDescriptor plan) {

		static MigrationDescriptor of(MigrationInfo migration, boolean sql, PlanDescriptor plan) {
			return new MigrationDescriptor(migration.version().toString(), migration.description(), migration.script(),
					migration.state(), migration.checksum(),
					(migration.appliedAt() != null) ? migration.appliedAt().toInstant() : null, migration.appliedBy(),
					(migration.executionTime() != null) ? migration.executionTime().toMillis() : null,
					migration.reversible(), migration.transactional(), sql ? migration.upSql() : null,
					sql ? migration.downSql() : null, migration.origin(), migration.batchPosition(), plan);
		}

	}

}
