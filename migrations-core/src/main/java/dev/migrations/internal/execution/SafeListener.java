package dev.migrations.internal.execution;

import java.time.Duration;

import dev.migrations.BatchProgress;
import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
	public void beforeMigration(MigrationRun run) {
		call(() -> this.delegate.beforeMigration(run));
	}

	@Override
	public void afterMigration(MigrationRun run) {
		call(() -> this.delegate.afterMigration(run));
	}

	@Override
	public void migrationFailed(MigrationRun run, MigrationException error) {
		call(() -> this.delegate.migrationFailed(run, error));
	}

	@Override
	public void lockRetry(MigrationRun run, int retry, Duration pause, String blockedBy) {
		call(() -> this.delegate.lockRetry(run, retry, pause, blockedBy));
	}

	@Override
	public void batchCompleted(MigrationRun run, BatchProgress progress) {
		call(() -> this.delegate.batchCompleted(run, progress));
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
