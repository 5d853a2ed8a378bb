package dev.migrations.internal.execution;

import java.sql.SQLException;

/**
 * Where a batched walk's time goes: finding each batch's key range, the batches'
 * statements, recording progress, and the rest of each transaction (its commit, a retry),
 * as the walk's closing log line reports it. Not thread-safe.
 */
final class WalkTimes {

	private long range;

	private long statement;

	private long progress;

	private long transaction;

	Long range(SqlCall<Long> lookup) throws SQLException {
		long start = System.nanoTime();
		try {
			return lookup.call();
		}
		finally {
			this.range += System.nanoTime() - start;
		}
	}

	long statement(SqlCall<Long> work) throws SQLException {
		long start = System.nanoTime();
		try {
			return work.call();
		}
		finally {
			this.statement += System.nanoTime() - start;
		}
	}

	void progress(SqlAction work) throws SQLException {
		long start = System.nanoTime();
		try {
			work.run();
		}
		finally {
			this.progress += System.nanoTime() - start;
		}
	}

	void transaction(long nanos) {
		this.transaction += nanos;
	}

	@Override
	public String toString() {
		long commits = this.transaction - this.statement - this.progress;
		return "finding ranges " + millis(this.range) + " ms, statements " + millis(this.statement)
				+ " ms, progress rows " + millis(this.progress) + " ms, commits " + millis(commits) + " ms";
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

	/**
	 * Work that returns a value and may fail with an {@link SQLException}.
	 *
	 * @param <T> the value
	 */
	@FunctionalInterface
	interface SqlCall<T> {

		T call() throws SQLException;

	}

	/**
	 * Work that may fail with an {@link SQLException}.
	 */
	@FunctionalInterface
	interface SqlAction {

		void run() throws SQLException;

	}

}
