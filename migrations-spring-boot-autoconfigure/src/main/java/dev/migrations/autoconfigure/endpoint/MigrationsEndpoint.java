package dev.migrations.autoconfigure.endpoint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import dev.migrations.MigrationInfo;
import dev.migrations.MigrationState;
import dev.migrations.MigrationStatus;
import dev.migrations.Migrator;
import dev.migrations.RepeatableInfo;
import dev.migrations.Version;
import dev.migrations.autoconfigure.MigrationTenants;
import dev.migrations.tenant.TenantResult;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

/**
 * The {@code migrations} actuator endpoint: for each {@link Migrator} bean of the
 * application context and of its parents (by context id, as Boot's {@code flyway}
 * endpoint), the current version, every migration known from the files or the history,
 * and the repeatable migrations. Each call makes one {@link Migrator#status()} call per
 * migrator (one history query: files are read once, at start-up); asking for one pending
 * migration by version adds one {@link Migrator#plan()} call, for its statements, locks
 * and lint findings. SQL appears only when {@code migrations.endpoint.show-sql} allows
 * it. Thread-safe.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final ApplicationContext context;

	private final Show showSql;

	private final Set<String> roles;

	/**
	 * Creates the endpoint.
	 * @param context the application context whose migrators, and its parents', are
	 * described
	 * @param showSql when to include each migration's SQL
	 * @param roles for {@link Show#WHEN_AUTHORIZED}, the roles that may see the SQL (any
	 * authenticated user when empty)
	 */
	public MigrationsEndpoint(ApplicationContext context, Show showSql, Set<String> roles) {
		this.context = Objects.requireNonNull(context, "context");
		this.showSql = Objects.requireNonNull(showSql, "showSql");
		this.roles = Set.copyOf(roles);
	}

	/**
	 * Every migration of every migrator ({@code GET /actuator/migrations}).
	 * @param securityContext who asks, for {@code show-sql=when-authorized}
	 * @return the migrators by bean name, by context id
	 * @throws dev.migrations.MigrationException if a status cannot be read
	 */
	@ReadOperation
	public ContextsDescriptor migrations(SecurityContext securityContext) {
		boolean sql = this.showSql.isShown(securityContext, this.roles);
		return new ContextsDescriptor(describe((name, migrator) -> MigratorDescriptor.of(migrator.status(), sql)),
				tenants());
	}

	private @Nullable Map<String, TenantDescriptor> tenants() {
		MigrationTenants tenants = this.context.getBeanProvider(MigrationTenants.class).getIfAvailable();
		if (tenants == null) {
			return null;
		}
		Map<String, TenantDescriptor> described = new LinkedHashMap<>();
		Map<String, TenantResult> outcomes = tenants.lastOutcomes();
		tenants.names().forEach((name) -> described.put(name, TenantDescriptor.of(outcomes.get(name))));
		outcomes.forEach((name, outcome) -> described.putIfAbsent(name, TenantDescriptor.of(outcome)));
		return described;
	}

	/**
	 * One tenant's migrations, read from its history ({@code GET
	 * /actuator/migrations/tenants/{tenant}}), and the outcome of its last migrate since
	 * start-up.
	 * @param securityContext who asks, for {@code show-sql=when-authorized}
	 * @param tenants the literal {@code tenants}
	 * @param tenant the tenant's name
	 * @return the tenant, or {@code null} (404) when there are no tenants or the path is
	 * another one
	 * @throws InvalidEndpointRequestException (400) if the name cannot be a tenant's
	 * @throws dev.migrations.MigrationException if its status cannot be read
	 */
	@ReadOperation
	public @Nullable TenantStatusDescriptor tenant(SecurityContext securityContext, @Selector String tenants,
			@Selector String tenant) {
		MigrationTenants all = this.context.getBeanProvider(MigrationTenants.class).getIfAvailable();
		if (!"tenants".equals(tenants) || all == null) {
			return null;
		}
		boolean sql = this.showSql.isShown(securityContext, this.roles);
		try {
			MigratorDescriptor status = all.with(tenant, (migrator) -> MigratorDescriptor.of(migrator.status(), sql));
			return new TenantStatusDescriptor(tenant, TenantDescriptor.of(all.lastOutcome(tenant).orElse(null)),
					status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEndpointRequestException(ex.getMessage(), "Invalid tenant");
		}
	}

	/**
	 * One migration of every migrator that knows it ({@code GET
	 * /actuator/migrations/{version}}); a pending one with its plan.
	 * @param securityContext who asks, for {@code show-sql=when-authorized}
	 * @param version the version, such as {@code 20260501_01}
	 * @return the migration by migrator bean name, by context id, or {@code null} (404)
	 * when no migrator knows it
	 * @throws InvalidEndpointRequestException (400) if the version does not parse
	 * @throws dev.migrations.MigrationException if a status or plan cannot be read
	 */
	@ReadOperation
	public @Nullable MigrationContextsDescriptor migration(SecurityContext securityContext, @Selector String version) {
		Version wanted = parse(version);
		boolean sql = this.showSql.isShown(securityContext, this.roles);
		Map<String, ContextDescriptor<MigrationDescriptor>> contexts = describe((name, migrator) -> migrator.status()
			.find(wanted)
			.map((migration) -> MigrationDescriptor.of(migration, sql, plan(migrator, migration, sql)))
			.orElse(null));
		boolean found = contexts.values().stream().anyMatch((context) -> !context.migrators().isEmpty());
		return found ? new MigrationContextsDescriptor(contexts) : null;
	}

	private <T> Map<String, ContextDescriptor<T>> describe(BiFunction<String, Migrator, @Nullable T> description) {
		Map<String, ContextDescriptor<T>> contexts = new LinkedHashMap<>();
		for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
			Map<String, T> migrators = new LinkedHashMap<>();
			// this context's own beans only: a parent's are described under its own id
			for (String name : target.getBeanNamesForType(Migrator.class)) {
				T described = description.apply(name, target.getBean(name, Migrator.class));
				if (described != null) {
					migrators.put(name, described);
				}
			}
			ApplicationContext parent = target.getParent();
			contexts.put(target.getId(), new ContextDescriptor<>(migrators, (parent != null) ? parent.getId() : null));
		}
		return contexts;
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
	 * The migrators of the application, by application context id.
	 *
	 * @param contexts each context's migrators, the application's first, then its
	 * parents'
	 * @param tenants the application's tenants and the outcome of each one's last
	 * migrate, or {@code null} without tenants
	 */
	public record ContextsDescriptor(Map<String, ContextDescriptor<MigratorDescriptor>> contexts,
			@Nullable Map<String, TenantDescriptor> tenants) implements OperationResponseBody {
	}

	/**
	 * One tenant's migrations.
	 *
	 * @param tenant the tenant
	 * @param lastRun the outcome of its last migrate since start-up
	 * @param migrations its migrations, read from its history
	 */
	public record TenantStatusDescriptor(String tenant, TenantDescriptor lastRun,
			MigratorDescriptor migrations) implements OperationResponseBody {
	}

	/**
	 * What the migrators of one application context say.
	 *
	 * @param <T> what is said of each migrator
	 * @param migrators by bean name
	 * @param parentId the id of the parent context, or {@code null}
	 */
	public record ContextDescriptor<T>(Map<String, T> migrators, @Nullable String parentId) {
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
	 * One migration, as found by each migrator that knows its version, by application
	 * context id.
	 *
	 * @param contexts the migration by migrator bean name, by context id
	 */
	public record MigrationContextsDescriptor(
			Map<String, ContextDescriptor<MigrationDescriptor>> contexts) implements OperationResponseBody {
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
