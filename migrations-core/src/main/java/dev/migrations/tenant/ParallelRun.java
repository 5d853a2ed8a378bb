package dev.migrations.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.migrations.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one tenant's work per task on a pool of at most {@code parallelism} threads, made
 * for the run and shut down after it. Under {@link OnFailure#STOP}, a task that has not
 * started when a failure is seen returns {@link TenantResult.NotStarted}.
 */
final class ParallelRun {

	private static final Logger logger = LoggerFactory.getLogger(ParallelRun.class);

	private final int parallelism;

	private final OnFailure onFailure;

	ParallelRun(int parallelism, OnFailure onFailure) {
		this.parallelism = parallelism;
		this.onFailure = onFailure;
	}

	TenantsResult run(List<String> tenants, Function<String, TenantResult> work) {
		if (tenants.isEmpty()) {
			return new TenantsResult(List.of());
		}
		int threads = Math.min(this.parallelism, tenants.size());
		ExecutorService executor = Executors.newFixedThreadPool(threads, threads());
		AtomicBoolean stopped = new AtomicBoolean();
		try {
			List<Future<TenantResult>> futures = new ArrayList<>();
			for (String tenant : tenants) {
				futures.add(executor.submit(() -> runOne(tenant, work, stopped)));
			}
			List<TenantResult> results = new ArrayList<>();
			for (int i = 0; i < futures.size(); i++) {
				results.add(await(futures.get(i), tenants.get(i)));
			}
			TenantsResult result = new TenantsResult(results);
			logger.info("Tenants: {} migrated, {} failed, {} not started", result.migrated().size(),
					result.failed().size(), result.notStarted().size());
			return result;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private TenantResult runOne(String tenant, Function<String, TenantResult> work, AtomicBoolean stopped) {
		if (stopped.get()) {
			return new TenantResult.NotStarted(tenant);
		}
		TenantResult result;
		try {
			result = work.apply(tenant);
		}
		catch (RuntimeException ex) {
			MigrationException error = (ex instanceof MigrationException migration) ? migration
					: new MigrationException("Tenant " + tenant + " could not be migrated: " + ex, ex);
			result = new TenantResult.Failed(tenant, List.of(), error);
		}
		if (result instanceof TenantResult.Failed failed) {
			logger.error("Tenant {} failed: {}", tenant, failed.error().getMessage());
			if (this.onFailure == OnFailure.STOP) {
				stopped.set(true);
			}
		}
		return result;
	}

	private static TenantResult await(Future<TenantResult> future, String tenant) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while migrating tenant " + tenant, ex);
		}
		catch (ExecutionException ex) {
			return new TenantResult.Failed(tenant, List.of(),
					new MigrationException("Tenant " + tenant + " could not be migrated: " + ex.getCause(), ex));
		}
	}

	private static ThreadFactory threads() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "migrations-tenant-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
