package dev.migrations.internal.execution;

import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * One piece of work started on its own short-lived daemon thread while the calling thread
 * does something else, then joined: a command reads its files while the driver opens the
 * connection and the history is read, on the other core. The outcome is handed over as if
 * the work had run first on the calling thread: {@link #join()} returns its value or
 * throws the very exception it threw, and {@link #alongside(Supplier)} lets that failure
 * win over one of the calling thread's part. The thread inherits the caller's context
 * class loader and logging context, and ends with the work; nothing is pooled.
 * <p>
 * Thread-safe handover: the value and the failure are written by the worker before it
 * ends and read only after {@link Thread#join()}, which orders the two.
 *
 * @param <T> the value's type
 */
final class ReadAhead<T> {

	private final Thread thread;

	private T value;

	private Throwable failure;

	private ReadAhead(Supplier<T> work) {
		Map<String, String> logContext = MDC.getCopyOfContextMap();
		this.thread = new Thread(() -> run(work, logContext), "migrations-read");
		this.thread.setDaemon(true);
	}

	/**
	 * Starts the work on its own thread.
	 * @param <T> the value's type
	 * @param work what to do, such as reading the files
	 * @return the running work
	 */
	static <T> ReadAhead<T> start(Supplier<T> work) {
		ReadAhead<T> ahead = new ReadAhead<>(work);
		ahead.thread.start();
		return ahead;
	}

	private void run(Supplier<T> work, Map<String, String> logContext) {
		if (logContext != null) {
			MDC.setContextMap(logContext);
		}
		try {
			this.value = work.get();
		}
		catch (Throwable ex) {
			this.failure = ex;
		}
		finally {
			MDC.clear();
		}
	}

	/**
	 * Runs the calling thread's part while the work runs. Should the part fail, the work
	 * is waited for first, and its own failure, if any, is thrown instead: the part would
	 * not have run had the work run first and failed.
	 * @param <R> the part's result type
	 * @param part what the calling thread does meanwhile
	 * @return what the part returned
	 */
	<R> R alongside(Supplier<R> part) {
		try {
			return part.get();
		}
		catch (RuntimeException | Error ex) {
			join();
			throw ex;
		}
	}

	/**
	 * Waits for the work to end (an interrupt is kept for the caller, not obeyed: the
	 * work is short and its outcome is needed). May be called more than once.
	 * @return the work's value
	 * @throws RuntimeException the exception the work threw, as it was thrown
	 * @throws Error the error the work threw
	 */
	T join() {
		boolean interrupted = false;
		while (this.thread.isAlive()) {
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		if (this.failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (this.failure instanceof Error error) {
			throw error;
		}
		if (this.failure != null) {
			throw new IllegalStateException(this.failure);
		}
		return this.value;
	}

}
