package dev.migrations.tenant;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import org.jspecify.annotations.Nullable;

/**
 * Applies one migrator's files to many tenants. Each tenant is either a schema of the
 * template's database (its own history table and migration lock in that schema, the
 * schema first on the search path while the migrations run), or, with
 * {@link Builder#dataSources(Function)}, a database of its own. In both,
 * {@code ${tenant}} is a placeholder for the tenant's name.
 * <p>
 * {@link #migrateAll(Collection)} runs up to {@link #parallelism()} tenants at once. Each
 * run takes at most 2 connections (the lock's, then its work connection), so a run over
 * many tenants of one pool takes at most {@code 2 × parallelism} of its connections. The
 * lock belongs to the tenant's history table: replicas migrating the same tenants at once
 * take turns per tenant, and each migration is applied once.
 * <p>
 * Thread-safe.
 */
public final class TenantMigrator {

	/** The parallelism when none is set. */
	public static final int DEFAULT_PARALLELISM = 4;

	/** The placeholder that holds the tenant's name. */
	public static final String TENANT_PLACEHOLDER = "tenant";

	private static final Pattern DATABASE_TENANT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_$-]{0,62}");

	private final Migrator template;

	private final int parallelism;

	private final OnFailure onFailure;

	private final @Nullable Function<String, DataSource> dataSources;

	private final @Nullable Function<String, MigrationListener> listeners;

	private TenantMigrator(Builder builder) {
		this.template = builder.template;
		this.parallelism = builder.parallelism;
		this.onFailure = builder.onFailure;
		this.dataSources = builder.dataSources;
		this.listeners = builder.listeners;
	}

	/**
	 * A builder of a tenant migrator whose tenants take the template's files, data source
	 * (for a schema per tenant), listener, Java migrations and settings.
	 * @param template the migrator whose settings each tenant's starts from
	 * @return a new builder
	 */
	public static Builder builder(Migrator template) {
		return new Builder(template);
	}

	/**
	 * How many tenants run at once.
	 * @return the parallelism
	 */
	public int parallelism() {
		return this.parallelism;
	}

	/**
	 * What a run over many tenants does after a failure.
	 * @return the policy
	 */
	public OnFailure onFailure() {
		return this.onFailure;
	}

	/**
	 * Whether each tenant is a database of its own (rather than a schema).
	 * @return whether it is
	 */
	public boolean databasePerTenant() {
		return this.dataSources != null;
	}

	/**
	 * Migrates one tenant, for example right after it was created. Safe to call from
	 * several replicas at once: they take turns on the tenant's lock.
	 * @param tenant the tenant's name (a schema, or the database's name)
	 * @return its outcome; never throws for a migration that fails
	 * @throws IllegalArgumentException if the name cannot be a schema or a database
	 */
	public TenantResult migrate(String tenant) {
		try {
			MigrateResult result = with(tenant, Migrator::migrate);
			if (result instanceof MigrateResult.Failed failed) {
				return new TenantResult.Failed(tenant, failed.applied(), failed.error());
			}
			return new TenantResult.Migrated(tenant, result);
		}
		catch (MigrationException ex) {
			return new TenantResult.Failed(tenant, List.of(), ex);
		}
	}

	/**
	 * Migrates many tenants, {@link #parallelism()} at once, following the
	 * {@link #onFailure() failure policy}.
	 * @param tenants the tenants' names; each once
	 * @return every tenant's outcome, in the given order
	 * @throws IllegalArgumentException if a name is repeated or cannot be a schema or a
	 * database (checked before any tenant starts)
	 */
	public TenantsResult migrateAll(Collection<String> tenants) {
		List<String> names = List.copyOf(tenants);
		Map<String, Boolean> seen = new HashMap<>();
		for (String name : names) {
			check(name);
			if (seen.put(name, Boolean.TRUE) != null) {
				throw new IllegalArgumentException("Tenant '" + name + "' is listed twice");
			}
		}
		return new ParallelRun(this.parallelism, this.onFailure).run(names, this::migrate);
	}

	/**
	 * Runs something with a tenant's migrator (status, validate, undo…), and for a
	 * database per tenant closes its data source after.
	 * @param <T> what it returns
	 * @param tenant the tenant
	 * @param work what to do with the tenant's migrator
	 * @return what the work returned
	 * @throws IllegalArgumentException if the name cannot be a schema or a database
	 */
	public <T> T with(String tenant, Function<Migrator, T> work) {
		check(tenant);
		if (this.dataSources == null) {
			return work.apply(migratorOf(this.template.dataSource(), tenant));
		}
		DataSource dataSource = Objects.requireNonNull(this.dataSources.apply(tenant), "dataSource");
		try {
			return work.apply(migratorOf(dataSource, tenant));
		}
		finally {
			closeQuietly(dataSource);
		}
	}

	/**
	 * The migrator of a tenant. For a database per tenant, its data source is opened for
	 * it and the caller closes it (when it is {@link AutoCloseable}) once done;
	 * {@link #with(String, Function)} does that.
	 * @param tenant the tenant
	 * @return its migrator
	 * @throws IllegalArgumentException if the name cannot be a schema or a database
	 */
	public Migrator migrator(String tenant) {
		check(tenant);
		if (this.dataSources == null) {
			return migratorOf(this.template.dataSource(), tenant);
		}
		return migratorOf(Objects.requireNonNull(this.dataSources.apply(tenant), "dataSource"), tenant);
	}

	private Migrator migratorOf(DataSource dataSource, String tenant) {
		MigrationsConfiguration base = this.template.configuration();
		Map<String, String> placeholders = new HashMap<>(base.placeholders());
		placeholders.putIfAbsent(TENANT_PLACEHOLDER, tenant);
		MigrationsConfiguration.Builder configuration = base.toBuilder().placeholders(placeholders);
		if (this.dataSources == null) {
			configuration.schema(tenant).schemaOnSearchPath(true);
		}
		return Migrator.builder(dataSource)
			.configuration(configuration.build())
			.listener((this.listeners != null) ? this.listeners.apply(tenant) : this.template.listener())
			.javaMigrations(this.template.javaMigrations())
			.sources(this.template.sources())
			.build();
	}

	private void check(String tenant) {
		Objects.requireNonNull(tenant, "tenant");
		if (this.dataSources != null && !DATABASE_TENANT.matcher(tenant).matches()) {
			throw new IllegalArgumentException("Invalid tenant '" + tenant + "': a database per tenant takes letters, "
					+ "digits, '_', '$' or '-', at most 63 characters");
		}
		if (this.dataSources == null) {
			// the configuration checks the schema's name, and says which setting
			this.template.configuration().toBuilder().schema(tenant).build();
		}
	}

	private static void closeQuietly(DataSource dataSource) {
		if (dataSource instanceof AutoCloseable closeable) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// a pool that cannot close changes nothing in the tenant's outcome
			}
		}
	}

	/**
	 * Builds a {@link TenantMigrator}. Not thread-safe.
	 */
	public static final class Builder {

		private final Migrator template;

		private int parallelism = DEFAULT_PARALLELISM;

		private OnFailure onFailure = OnFailure.STOP;

		private @Nullable Function<String, DataSource> dataSources;

		private @Nullable Function<String, MigrationListener> listeners;

		private Builder(Migrator template) {
			this.template = Objects.requireNonNull(template, "template");
		}

		/**
		 * Sets how many tenants run at once (default {@value #DEFAULT_PARALLELISM}); each
		 * takes at most 2 connections.
		 * @param parallelism at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if below 1
		 */
		public Builder parallelism(int parallelism) {
			if (parallelism < 1) {
				throw new IllegalArgumentException(
						"The parallelism must be at least 1 (migrations.tenants.parallelism): " + parallelism);
			}
			this.parallelism = parallelism;
			return this;
		}

		/**
		 * Sets what a run over many tenants does after a failure (default
		 * {@link OnFailure#STOP}).
		 * @param onFailure the policy
		 * @return this builder
		 */
		public Builder onFailure(OnFailure onFailure) {
			this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
			return this;
		}

		/**
		 * Makes each tenant a database of its own, reached through the data source this
		 * function gives for its name; one that is {@link AutoCloseable} (a pool) is
		 * closed when the tenant's run ends.
		 * @param dataSources the tenant's data source, by name
		 * @return this builder
		 */
		public Builder dataSources(Function<String, DataSource> dataSources) {
			this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
			return this;
		}

		/**
		 * Gives each tenant's migrator a listener of its own (metrics tagged by tenant,
		 * say) in place of the template's.
		 * @param listeners the tenant's listener, by name
		 * @return this builder
		 */
		public Builder listeners(Function<String, MigrationListener> listeners) {
			this.listeners = Objects.requireNonNull(listeners, "listeners");
			return this;
		}

		/**
		 * Builds the tenant migrator.
		 * @return the tenant migrator
		 */
		public TenantMigrator build() {
			return new TenantMigrator(this);
		}

	}

}
