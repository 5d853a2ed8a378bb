package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import dev.migrations.MigrationException;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.StatementException;
import dev.migrations.internal.postgres.BlockerWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries work that hit PostgreSQL's {@code lock_timeout} (SQLState 55P03): a whole
 * transaction, or one statement outside a transaction. Pauses grow exponentially from the
 * configured backoff, with jitter so that replicas do not retry in step, up to 30 s. Each
 * retry is logged with the sessions that blocked it; when retries run out the error names
 * them and the properties to raise. Thread-safe.
 */
final class LockRetry {

	static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final Logger logger = LoggerFactory.getLogger(LockRetry.class);

	private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

	private final MigrationsConfiguration configuration;

	private final MigrationListener listener;

	private final BlockerWatch watch;

	LockRetry(MigrationsConfiguration configuration, MigrationListener listener, BlockerWatch watch) {
		this.configuration = configuration;
		this.listener = listener;
		this.watch = watch;
	}

	<T> T run(Running event, Supplier<T> work) {
		for (int retry = 1;; retry++) {
			try {
				return work.get();
			}
			catch (MigrationException ex) {
				if (!LOCK_NOT_AVAILABLE.equals(sqlState(ex))) {
					throw ex;
				}
				String blockers = this.watch.lastBlockers();
				if (retry > this.configuration.lockRetries()) {
					throw withAdvice(ex, "Gave up after " + this.configuration.lockRetries()
							+ " retries: lock_timeout (" + this.configuration.lockTimeout().toMillis()
							+ " ms) expired each time. Blocked by " + blockers
							+ ". End or shorten that work, or raise the lockTimeout setting or the lockRetries setting.");
				}
				Duration pause = pause(retry);
				logger.warn("{} ({}): lock_timeout expired at {}, blocked by {}; retry {} of {} in {} ms",
						event.version(), event.description(), where(ex, event), blockers, retry,
						this.configuration.lockRetries(), pause.toMillis());
				this.listener.lockRetry(event.soFar(), retry, pause, blockers);
				sleep(pause);
			}
		}
	}

	// a statement of a file, or (from a Java migration) the driver's error wrapped once
	private static String sqlState(MigrationException ex) {
		if (ex instanceof StatementException statement) {
			return statement.getSqlState();
		}
		return (ex.getCause() instanceof SQLException cause) ? cause.getSQLState() : null;
	}

	private static String where(MigrationException ex, Running event) {
		if (ex instanceof StatementException statement) {
			StatementException.Location at = statement.getLocation();
			return at.script() + ":" + at.line() + " (statement " + at.statementNumber() + " of " + at.statementCount()
					+ ")";
		}
		return event.script();
	}

	private static MigrationException withAdvice(MigrationException ex, String advice) {
		if (ex instanceof StatementException statement) {
			return statement.withAdvice(advice);
		}
		return new MigrationException(ex.getMessage() + "\n" + advice, ex.getCause());
	}

	Duration pause(int retry) {
		long base = this.configuration.lockRetryBackoff().toMillis();
		long exponential = base << Math.min(retry - 1, 20);
		long jittered = Math.round(exponential * ThreadLocalRandom.current().nextDouble(0.5, 1.5));
		return Duration.ofMillis(Math.min(jittered, MAX_PAUSE.toMillis()));
	}

	static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while pausing between retries or batches");
		}
	}

}
