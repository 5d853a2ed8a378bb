package dev.migrations;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a batched statement ({@code -- migrate:batch}) has got.
 *
 * @param table the table it walks
 * @param batchesDone the batches committed so far (in this run)
 * @param batchesEstimated the estimated number of batches in all, from the table's size
 * @param rows the rows the committed batches changed (in this run)
 * @param lastKey the last key of the last committed batch
 * @param elapsed how long the batches of this run have taken, pauses included
 */
public record BatchProgress(String table, long batchesDone, long batchesEstimated, long rows, long lastKey,
		Duration elapsed) {

	/**
	 * Validates the values.
	 * @throws NullPointerException if table or elapsed is {@code null}
	 */
	public BatchProgress {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(elapsed, "elapsed");
	}

	/**
	 * Rows changed per second so far.
	 * @return the rate
	 */
	public double rowsPerSecond() {
		double seconds = this.elapsed.toNanos() / 1e9;
		return (seconds > 0) ? this.rows / seconds : 0;
	}

	/**
	 * The estimated time left, from the pace so far.
	 * @return the estimate, zero when done or unknown
	 */
	public Duration estimatedTimeLeft() {
		if (this.batchesDone == 0 || this.batchesEstimated <= this.batchesDone) {
			return Duration.ZERO;
		}
		return this.elapsed.dividedBy(this.batchesDone).multipliedBy(this.batchesEstimated - this.batchesDone);
	}

}
