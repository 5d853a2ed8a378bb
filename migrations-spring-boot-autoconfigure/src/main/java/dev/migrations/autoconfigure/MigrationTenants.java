package dev.migrations.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.migrations.Migrator;
import dev.migrations.autoconfigure.MigrationsProperties.Mode;
import dev.migrations.tenant.TenantMigrator;
import dev.migrations.tenant.TenantResult;
import dev.migrations.tenant.TenantsResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * The application's tenants and their migrations. At start-up (in {@code migrate} mode)
 * it migrates every tenant before the beans that use the database are created, and fails
 * the start-up naming every failed tenant and its error. While the application runs,
 * {@link #migrate(String)} migrates a tenant just created, before its first use; several
 * replicas may call it at once for the same tenant, the tenant's lock makes them take
 * turns. Remembers each tenant's last outcome for the endpoint and health. Thread-safe.
 */
public class MigrationTenants implements InitializingBean {

	private static final Log logger = LogFactory.getLog(MigrationTenants.class);

	private final TenantMigrator migrator;

	private final TenantNames names;

	private final Mode mode;

	private final Map<String, TenantResult> outcomes = new ConcurrentHashMap<>();

	/**
	 * Creates the tenants.
	 * @param migrator migrates each tenant
	 * @param names the tenants' names
	 * @param mode what to do at start-up ({@code migrate} migrates every tenant)
	 */
	public MigrationTenants(TenantMigrator migrator, TenantNames names, Mode mode) {
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.names = Objects.requireNonNull(names, "names");
		this.mode = Objects.requireNonNull(mode, "mode");
	}

	/**
	 * Migrates every tenant when the start-up mode is {@code migrate}.
	 * @throws dev.migrations.tenant.TenantMigrationException naming every failed tenant
	 */
	@Override
	public void afterPropertiesSet() {
		if (this.mode == Mode.MIGRATE) {
			TenantsResult result = migrateAll();
			logger.info("Tenants migrated: " + result.migrated().size() + " of " + result.results().size());
			result.orThrow();
		}
	}

	/**
	 * The tenants' names, as the properties or the {@link TenantNames} bean give them
	 * now.
	 * @return the names
	 */
	public List<String> names() {
		return List.copyOf(this.names.tenantNames());
	}

	/**
	 * Migrates every tenant, {@code migrations.tenants.parallelism} at once.
	 * @return every tenant's outcome
	 */
	public TenantsResult migrateAll() {
		TenantsResult result = this.migrator.migrateAll(names());
		result.results().forEach((outcome) -> this.outcomes.put(outcome.tenant(), outcome));
		return result;
	}

	/**
	 * Migrates one tenant, for example right after it was created.
	 * @param tenant the tenant's name
	 * @return its outcome
	 * @throws IllegalArgumentException if the name cannot be a schema or a database
	 */
	public TenantResult migrate(String tenant) {
		TenantResult result = this.migrator.migrate(tenant);
		this.outcomes.put(tenant, result);
		return result;
	}

	/**
	 * Runs something with a tenant's migrator (status, validate…).
	 * @param <T> what it returns
	 * @param tenant the tenant
	 * @param work what to do
	 * @return what the work returned
	 */
	public <T> T with(String tenant, Function<Migrator, T> work) {
		return this.migrator.with(tenant, work);
	}

	/**
	 * The last outcome of a tenant migrated by this application since it started.
	 * @param tenant the tenant
	 * @return its outcome, or empty
	 */
	public Optional<TenantResult> lastOutcome(String tenant) {
		return Optional.ofNullable(this.outcomes.get(tenant));
	}

	/**
	 * The last outcome of every tenant migrated since start-up, by name, in name order.
	 * @return the outcomes
	 */
	public Map<String, TenantResult> lastOutcomes() {
		Map<String, TenantResult> sorted = new LinkedHashMap<>();
		this.outcomes.keySet().stream().sorted().forEach((name) -> sorted.put(name, this.outcomes.get(name)));
		return sorted;
	}

	/**
	 * The tenant migrator.
	 * @return it
	 */
	public TenantMigrator migrator() {
		return this.migrator;
	}

}
