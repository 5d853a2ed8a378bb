package dev.migrations.internal.execution;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.BatchProgress;
import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;

/**
 * Calls a listener and logs, rather than propagates, what it throws: a metrics bug must
 * never fail a migration.
 */
final class SafeListener implements MigrationListener {

	private static final Logger logger = LoggerFactory.getLogger(SafeListener.class);

	private final MigrationListener delegate;

	SafeListener(MigrationListener delegate) {
		this.delegate = delegate;
	}

	@Override
	public void lockAcquired(Duration waited) {
		call(() -> this.delegate.lockAcquired(waited));
	}

	@Override
	public void beforeMigration(MigrationEvent event) {
		call(() -> this.delegate.beforeMigration(event));
	}

	@Override
	public void afterMigration(MigrationEvent event, Duration duration) {
		call(() -> this.delegate.afterMigration(event, duration));
	}

	@Override
	public void migrationFailed(MigrationEvent event, MigrationException error, Duration duration) {
		call(() -> this.delegate.migrationFailed(event, error, duration));
	}

	@Override
	public void lockRetry(MigrationEvent event, int retry, Duration pause, String blockedBy) {
		call(() -> this.delegate.lockRetry(event, retry, pause, blockedBy));
	}

	@Override
	public void batchCompleted(MigrationEvent event, BatchProgress progress) {
		call(() -> this.delegate.batchCompleted(event, progress));
	}

	private static void call(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			logger.warn("A migration listener failed; ignored", ex);
		}
	}

}
