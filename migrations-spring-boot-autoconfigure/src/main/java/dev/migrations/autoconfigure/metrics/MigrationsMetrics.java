package dev.migrations.autoconfigure.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.migrations.BatchProgress;
import dev.migrations.MigrationException;
import dev.migrations.MigrationInfo;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import dev.migrations.MigrationState;
import dev.migrations.Migrator;
import dev.migrations.autoconfigure.PerMigratorListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer metrics of the migrators, fed by the engine's {@link MigrationListener}
 * calls:
 * <ul>
 * <li>{@code migrations.execution} timer, tags {@code outcome} (success, failure),
 * {@code transactional}, {@code direction} (up, down);</li>
 * <li>{@code migrations.failures} counter, tag {@code direction};</li>
 * <li>{@code migrations.lock.wait} timer: how long each command waited for the migration
 * lock;</li>
 * <li>{@code migrations.lock.retries} counter, tag {@code direction}: retries after a
 * migration (or an autocommit statement) hit PostgreSQL's {@code lock_timeout};</li>
 * <li>{@code migrations.batch.rows} counter, tag {@code direction}: rows changed by the
 * committed batches of batched statements ({@code -- migrate:batch});</li>
 * <li>{@code migrations.batch.progress} gauge, 0 to 1: batches done over batches
 * estimated of the batched statement running now (the least advanced one when several
 * migrators batch at once), kept until its migration finishes, 0 when none runs;</li>
 * <li>{@code migrations.pending} and {@code migrations.applied} gauges, summed over every
 * migrator.</li>
 * </ul>
 * Every timer and counter carries the tags {@code migrator} (the migrator's name) and
 * {@code tenant} (its tenant, {@code none} without one; beyond the tag limit, tenants
 * share the value {@code other}, so that thousands of tenants do not make thousands of
 * series). Gauges read a cached status: refreshed (one status call per migrator) only
 * after a migration ran or failed, or when older than the refresh interval, so a scrape
 * costs nothing most of the time. Thread-safe.
 */
public class MigrationsMetrics implements MigrationListener, PerMigratorListener {

	/** The number of tenants tagged by name when none is set. */
	public static final int DEFAULT_TENANT_TAG_LIMIT = 50;

	private static final String NO_TENANT = "none";

	private static final String OTHER_TENANTS = "other";

	private final MeterRegistry registry;

	private final Supplier<? extends Collection<Migrator>> migrators;

	private final long refreshNanos;

	private volatile boolean stale = true;

	private long refreshedAt;

	private Counts counts = new Counts(Double.NaN, Double.NaN);

	/**
	 * The batched statement each thread is running: listener calls come on the thread
	 * running the command, and one thread runs one statement at a time.
	 */
	private final Map<Thread, Walk> walks = new ConcurrentHashMap<>();

	private final int tenantTagLimit;

	private final Set<String> taggedTenants = ConcurrentHashMap.newKeySet();

	private final MigrationListener unnamed;

	/**
	 * Creates the metrics and registers the gauges.
	 * @param registry where to register the meters
	 * @param migrators the migrators whose status the gauges sum, asked lazily
	 * @param refreshInterval how old the cached status may get before a scrape refreshes
	 * it
	 */
	public MigrationsMetrics(MeterRegistry registry, Supplier<? extends Collection<Migrator>> migrators,
			Duration refreshInterval) {
		this(registry, migrators, refreshInterval, DEFAULT_TENANT_TAG_LIMIT);
	}

	/**
	 * Creates the metrics and registers the gauges.
	 * @param registry where to register the meters
	 * @param migrators the migrators whose status the gauges sum, asked lazily
	 * @param refreshInterval how old the cached status may get before a scrape refreshes
	 * it
	 * @param tenantTagLimit how many tenants get a {@code tenant} tag of their own
	 */
	public MigrationsMetrics(MeterRegistry registry, Supplier<? extends Collection<Migrator>> migrators,
			Duration refreshInterval, int tenantTagLimit) {
		this.registry = Objects.requireNonNull(registry, "registry");
		this.tenantTagLimit = tenantTagLimit;
		this.unnamed = forMigrator("migrator", null);
		this.migrators = Objects.requireNonNull(migrators, "migrators");
		this.refreshNanos = refreshInterval.toNanos();
		Gauge.builder("migrations.pending", this, (metrics) -> metrics.counts().pending())
			.description("Migrations not applied yet (pending or out of order)")
			.strongReference(true)
			.register(registry);
		Gauge.builder("migrations.applied", this, (metrics) -> metrics.counts().applied())
			.description("Migrations applied")
			.strongReference(true)
			.register(registry);
		Gauge.builder("migrations.batch.progress", this, MigrationsMetrics::batchProgress)
			.description("Batches done over batches estimated of the batched statement running now, 0 when none")
			.strongReference(true)
			.register(registry);
	}

	/**
	 * The listener of one migrator, whose meters carry its name and tenant.
	 * @param migrator the migrator's name
	 * @param tenant its tenant, or {@code null}
	 * @return the listener
	 */
	@Override
	public MigrationListener forMigrator(String migrator, String tenant) {
		return new Scoped(Tags.of("migrator", migrator, "tenant", tenantTag(tenant)));
	}

	private String tenantTag(String tenant) {
		if (tenant == null) {
			return NO_TENANT;
		}
		if (this.taggedTenants.contains(tenant)) {
			return tenant;
		}
		synchronized (this.taggedTenants) {
			if (this.taggedTenants.size() < this.tenantTagLimit) {
				this.taggedTenants.add(tenant);
				return tenant;
			}
		}
		return OTHER_TENANTS;
	}

	@Override
	public void lockAcquired(Duration waited) {
		this.unnamed.lockAcquired(waited);
	}

	@Override
	public void beforeMigration(MigrationRun run) {
		this.unnamed.beforeMigration(run);
	}

	@Override
	public void afterMigration(MigrationRun run) {
		this.unnamed.afterMigration(run);
	}

	@Override
	public void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
		this.unnamed.lockRetry(run, retry, pause, blockedBy);
	}

	@Override
	public void batchCompleted(MigrationRun run, BatchProgress progress) {
		this.unnamed.batchCompleted(run, progress);
	}

	@Override
	public void migrationFailed(MigrationRun run, MigrationException error) {
		this.unnamed.migrationFailed(run, error);
	}

	private static double fraction(BatchProgress progress) {
		if (progress.batchesEstimated() <= 0) {
			return 0;
		}
		return Math.min(1.0, (double) progress.batchesDone() / progress.batchesEstimated());
	}

	private double batchProgress() {
		return MigrationsMetrics.this.walks.values().stream().mapToDouble(Walk::fraction).min().orElse(0);
	}

	private static String direction(MigrationRun run) {
		return run.direction().name().toLowerCase(Locale.ROOT);
	}

	/**
	 * One migrator's listener: its meters carry its tags.
	 */
	private final class Scoped implements MigrationListener {

		private final Tags tags;

		Scoped(Tags tags) {
			this.tags = tags;
		}

		@Override
		public void lockAcquired(Duration waited) {
			Timer.builder("migrations.lock.wait")
				.description("Time spent waiting for the migration lock")
				.tags(this.tags)
				.register(MigrationsMetrics.this.registry)
				.record(waited);
		}

		@Override
		public void beforeMigration(MigrationRun run) {
			MigrationsMetrics.this.walks.remove(Thread.currentThread());
		}

		@Override
		public void afterMigration(MigrationRun run) {
			execution(run, "success").record(run.duration());
			MigrationsMetrics.this.walks.remove(Thread.currentThread());
			MigrationsMetrics.this.stale = true;
		}

		@Override
		public void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
			Counter.builder("migrations.lock.retries")
				.description("Retries after a migration hit lock_timeout")
				.tag("direction", direction(run))
				.tags(this.tags)
				.register(MigrationsMetrics.this.registry)
				.increment();
		}

		@Override
		public void batchCompleted(MigrationRun run, BatchProgress progress) {
			Thread thread = Thread.currentThread();
			// rows are counted from the start of each batched statement: its first batch
			// starts again from zero
			Walk previous = (progress.batchesDone() > 1) ? MigrationsMetrics.this.walks.get(thread) : null;
			long changed = progress.rows() - ((previous != null) ? previous.rows() : 0);
			MigrationsMetrics.this.walks.put(thread, new Walk(progress.rows(), fraction(progress)));
			if (changed > 0) {
				Counter.builder("migrations.batch.rows")
					.description("Rows changed by batched statements")
					.tag("direction", direction(run))
					.tags(this.tags)
					.register(MigrationsMetrics.this.registry)
					.increment(changed);
			}
		}

		@Override
		public void migrationFailed(MigrationRun run, MigrationException error) {
			execution(run, "failure").record(run.duration());
			Counter.builder("migrations.failures")
				.description("Migrations that failed")
				.tag("direction", direction(run))
				.tags(this.tags)
				.register(MigrationsMetrics.this.registry)
				.increment();
			MigrationsMetrics.this.walks.remove(Thread.currentThread());
			MigrationsMetrics.this.stale = true;
		}

		private Timer execution(MigrationRun run, String outcome) {
			return Timer.builder("migrations.execution")
				.description("Time taken by each migration")
				.tag("outcome", outcome)
				.tag("transactional", String.valueOf(run.transactional()))
				.tag("direction", direction(run))
				.tags(this.tags)
				.register(MigrationsMetrics.this.registry);
		}

	}

	synchronized Counts counts() {
		if (this.stale || System.nanoTime() - this.refreshedAt > this.refreshNanos) {
			// cleared first: a migration finishing during the refresh marks it stale
			// again
			this.stale = false;
			this.refreshedAt = System.nanoTime();
			try {
				this.counts = read();
			}
			catch (RuntimeException ex) {
				this.stale = true;
				this.counts = new Counts(Double.NaN, Double.NaN);
			}
		}
		return this.counts;
	}

	private Counts read() {
		long pending = 0;
		long applied = 0;
		for (Migrator migrator : this.migrators.get()) {
			for (MigrationInfo migration : migrator.status().migrations()) {
				MigrationState state = migration.state();
				pending += (state == MigrationState.PENDING || state == MigrationState.OUT_OF_ORDER) ? 1 : 0;
				applied += (migration.isApplied() && state != MigrationState.PARTIAL) ? 1 : 0;
			}
		}
		return new Counts(pending, applied);
	}

	record Counts(double pending, double applied) {
	}

	private record Walk(long rows, double fraction) {
	}

}
