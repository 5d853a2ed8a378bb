package dev.migrations.faults;

/**
 * The size the fault suites run at: reduced in the normal build, so that they stay within
 * seconds, and full with {@code -Dfaults.full=true}:
 *
 * <pre>
 * mvn -pl migrations-core test -Dtest='dev/migrations/faults/**' -Dfaults.full=true -Dsplitter.cases=10000
 * </pre>
 *
 * {@code -Dfaults.seed=N} fixes the seed of the random choices (kill moments, say); the
 * seed in use is part of every failure message.
 */
final class SuiteSize {

	private static final long DEFAULT_SEED = 20260501L;

	private SuiteSize() {
	}

	/**
	 * Whether the suites run at full size.
	 * @return whether {@code -Dfaults.full=true} is set
	 */
	static boolean full() {
		return Boolean.getBoolean("faults.full");
	}

	/**
	 * A count that depends on the size.
	 * @param reduced the count of the normal build
	 * @param full the count of the full run
	 * @return the count for this run
	 */
	static int of(int reduced, int full) {
		return full() ? full : reduced;
	}

	/**
	 * The seed of the random choices.
	 * @return {@code -Dfaults.seed}, or a fixed seed
	 */
	static long seed() {
		return Long.getLong("faults.seed", DEFAULT_SEED);
	}

}
