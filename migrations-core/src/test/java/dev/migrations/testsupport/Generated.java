package dev.migrations.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded random cases for property tests: a property is checked against many generated
 * values in one test, and the first value that breaks it fails the test with what
 * reproduces it: the seed, the case index and the value.
 * <p>
 * The cases of a group of properties named {@code name} are set by two system properties,
 * so that a longer run (a nightly or fault-finding suite) needs no code change:
 * <ul>
 * <li>{@code name.cases}: how many cases each property checks, {@value #DEFAULT_CASES}
 * unless set;</li>
 * <li>{@code name.seed}: the seed, a fixed one unless set, so that a plain build is
 * reproducible; {@code random} picks a fresh seed once per run and prints it.</li>
 * </ul>
 * For example {@code mvn test -Dsplitter.cases=10000 -Dsplitter.seed=random}.
 * <p>
 * Each case draws from its own {@link SplittableRandom}, made from the seed and the case
 * index alone, so a failing case comes back with the same seed whatever the number of
 * cases, and it is the last one checked with {@code name.cases} set to its index plus
 * one.
 * <p>
 * The static methods are the building blocks of generators: a generator is a
 * {@code Function<SplittableRandom, T>}.
 */
public final class Generated {

	/**
	 * How many cases a property checks when {@code name.cases} is not set.
	 */
	public static final int DEFAULT_CASES = 1000;

	/**
	 * The seed when {@code name.seed} is not set.
	 */
	public static final long DEFAULT_SEED = 20260501L;

	private static final String RANDOM = "random";

	/**
	 * The fresh seeds picked for {@code name.seed=random}, one per name and run.
	 */
	private static final Map<String, Long> freshSeeds = new ConcurrentHashMap<>();

	private final String name;

	private final long seed;

	private final int count;

	private Generated(String name, long seed, int count) {
		this.name = name;
		this.seed = seed;
		this.count = count;
	}

	/**
	 * The cases of the properties named {@code name}, as the system properties
	 * {@code name.cases} and {@code name.seed} set them.
	 * @param name the name of the group of properties, such as {@code splitter}
	 * @return the cases
	 * @throws IllegalArgumentException if a system property is set to what is not a
	 * number
	 */
	public static Generated cases(String name) {
		return new Generated(name, seedOf(name), countOf(name));
	}

	/**
	 * The seed the cases are drawn from.
	 * @return the seed
	 */
	public long seed() {
		return this.seed;
	}

	/**
	 * How many cases each property checks.
	 * @return the number of cases
	 */
	public int count() {
		return this.count;
	}

	/**
	 * Checks a property against every case, stopping at the first that breaks it.
	 * @param <T> the type of the generated values
	 * @param generator draws a value from the random numbers of a case
	 * @param description describes a value in a failure message, with {@link #literal}
	 * for text
	 * @param property asserts what must hold for a value
	 * @throws AssertionError naming the seed, the case index and the value, caused by
	 * what the property threw
	 */
	public <T> void forAll(Function<SplittableRandom, T> generator, Function<? super T, String> description,
			Consumer<? super T> property) {
		for (int index = 0; index < this.count; index++) {
			T value = null;
			try {
				value = generator.apply(random(index));
				property.accept(value);
			}
			catch (AssertionError | RuntimeException | StackOverflowError ex) {
				String generated = (value != null) ? description.apply(value) : "(failed while generating)";
				throw new AssertionError(failure(index, generated, ex), ex);
			}
		}
	}

	private SplittableRandom random(int index) {
		// The seed of a case mixes the seed and the index, so that cases are independent
		return new SplittableRandom(new SplittableRandom(this.seed + index).nextLong());
	}

	private String failure(int index, String generated, Throwable cause) {
		String message = (cause instanceof AssertionError) ? cause.getMessage() : cause.toString();
		return String.format(
				"Case %d of %d failed with seed %d (rerun it last with -D%s.seed=%d -D%s.cases=%d)%n"
						+ "generated: %s%n%s",
				index, this.count, this.seed, this.name, this.seed, this.name, index + 1, generated, message);
	}

	private static long seedOf(String name) {
		String property = name + ".seed";
		String value = System.getProperty(property, "").strip();
		if (value.isEmpty()) {
			return DEFAULT_SEED;
		}
		if (value.equalsIgnoreCase(RANDOM)) {
			return freshSeeds.computeIfAbsent(name, (key) -> {
				long fresh = new SplittableRandom().nextLong();
				System.out.printf("%s=%s: seed %d (rerun with -D%s=%d)%n", property, RANDOM, fresh, property, fresh);
				return fresh;
			});
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(property + " must be a number or '" + RANDOM + "', not '" + value + "'",
					ex);
		}
	}

	private static int countOf(String name) {
		String property = name + ".cases";
		String value = System.getProperty(property, "").strip();
		if (value.isEmpty()) {
			return DEFAULT_CASES;
		}
		try {
			int count = Integer.parseInt(value);
			if (count > 0) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below
		}
		throw new IllegalArgumentException(property + " must be a positive number, not '" + value + "'");
	}

	/**
	 * Picks one of the choices, each as likely.
	 * @param random the random numbers
	 * @param choices what to pick from
	 * @return the choice
	 */
	public static String pick(SplittableRandom random, String... choices) {
		return choices[random.nextInt(choices.length)];
	}

	/**
	 * A number from {@code min} to {@code max}, both included, biased towards the ends
	 * and small values, where bugs hide: each end one time in ten, one of the ten
	 * smallest values one time in five, otherwise any value.
	 * @param random the random numbers
	 * @param min the smallest value
	 * @param max the largest value, less than {@link Integer#MAX_VALUE}
	 * @return the number
	 */
	public static int between(SplittableRandom random, int min, int max) {
		return switch (random.nextInt(10)) {
			case 0 -> min;
			case 1 -> max;
			case 2, 3 -> random.nextInt(min, Math.min(max, min + 9) + 1);
			default -> random.nextInt(min, max + 1);
		};
	}

	/**
	 * A list of {@code minSize} to {@code maxSize} values, each size as likely.
	 * @param <T> the type of the values
	 * @param random the random numbers
	 * @param minSize the smallest size
	 * @param maxSize the largest size
	 * @param element draws a value
	 * @return the list
	 */
	public static <T> List<T> listOf(SplittableRandom random, int minSize, int maxSize,
			Function<SplittableRandom, T> element) {
		int size = random.nextInt(minSize, maxSize + 1);
		List<T> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(element.apply(random));
		}
		return list;
	}

	/**
	 * {@code minSize} to {@code maxSize} pieces, joined.
	 * @param random the random numbers
	 * @param minSize the fewest pieces
	 * @param maxSize the most pieces
	 * @param piece draws a piece
	 * @return the pieces, joined
	 */
	public static String joined(SplittableRandom random, int minSize, int maxSize,
			Function<SplittableRandom, String> piece) {
		return String.join("", listOf(random, minSize, maxSize, piece));
	}

	/**
	 * Up to {@code maxLength} characters of an alphabet, each as likely. The characters
	 * are UTF-16 units: a surrogate pair in the alphabet gives lone surrogates.
	 * @param random the random numbers
	 * @param maxLength the longest length
	 * @param alphabet the characters to draw from
	 * @return the string
	 */
	public static String string(SplittableRandom random, int maxLength, String alphabet) {
		return joined(random, 0, maxLength, (r) -> String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))));
	}

	/**
	 * Text as a Java string literal, to show it in a failure message unambiguously and so
	 * that it can be pasted into a test: quotes, backslashes, {@code \r}, {@code \n},
	 * {@code \t}, other control characters and lone surrogates are escaped.
	 * @param text the text
	 * @return the literal, quotes included
	 */
	public static String literal(CharSequence text) {
		StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\r' -> literal.append("\\r");
				case '\n' -> literal.append("\\n");
				case '\t' -> literal.append("\\t");
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						literal.append(c).append(text.charAt(++i));
					}
					else if (c < ' ' || Character.isSurrogate(c)) {
						literal.append(String.format("\\u%04x", (int) c));
					}
					else {
						literal.append(c);
					}
				}
			}
		}
		return literal.append('"').toString();
	}

}
