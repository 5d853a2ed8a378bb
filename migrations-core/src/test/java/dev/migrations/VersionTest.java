package dev.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import dev.migrations.testsupport.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Versions compare numerically, group by group.
 */
class VersionTest {

	@ParameterizedTest
	@CsvSource({ "20260501_01, 20260501_02", "20260501_02, 20260502_01", "2, 10", "1.9, 1.10", "1, 1.1", "1_2, 1.3",
			"099, 100", "20260501_01, 20260501_01_01" })
	void comparesGroupByGroupNumerically(String lower, String higher) {
		assertThat(Version.parse(lower)).isLessThan(Version.parse(higher));
		assertThat(Version.parse(higher)).isGreaterThan(Version.parse(lower));
	}

	@ParameterizedTest
	@CsvSource({ "1, 1.0", "1, 01", "1_0, 1.0.0", "20260501_01, 20260501.1" })
	void ignoresLeadingZerosAndTrailingZeroGroups(String one, String other) {
		assertThat(Version.parse(one)).isEqualTo(Version.parse(other)).hasSameHashCodeAs(Version.parse(other));
		assertThat(Version.parse(one)).isEqualByComparingTo(Version.parse(other));
	}

	@ParameterizedTest
	@CsvSource({ "20260501_01_add_phone_to_users, 20260501_01", "20260501_01_2fa_codes, 20260501_01", "1.2.3_x, 1.2.3",
			"7_x, 7", "1_2, 1_2", "add_phone, ''", "_1_x, ''", "12abc_x, ''" })
	void findsTheVersionThatStartsAFileName(String stem, String version) {
		assertThat(stem.substring(0, Version.prefixLength(stem))).isEqualTo(version);
	}

	@ParameterizedTest
	@CsvSource({ "''", "1__2", "1.", "a", "1-2", "_1" })
	void rejectsWhatIsNotAVersion(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Version.parse(text));
	}

	/**
	 * 1000 cases drawn from a fixed seed; {@code -Dversion.cases=N} and
	 * {@code -Dversion.seed=S} (or {@code random}) change that, see {@link Generated}.
	 */
	@Test
	void ordersLikeTheNumbersItIsMadeOf() {
		Generated.cases("version").forAll(GroupPair::generate, GroupPair::toString, (pair) -> {
			int expected = compareNumerically(pair.a(), pair.b());
			int actual = Version.parse(join(pair.a(), "_")).compareTo(Version.parse(join(pair.b(), ".")));
			assertThat(Integer.signum(actual)).as("sign of the comparison").isEqualTo(Integer.signum(expected));
		});
	}

	/**
	 * The groups of two versions: 1 to 4 numbers from 0 to 99999 each. Half the pairs are
	 * alike, one made from the other, so that equal and nearly equal versions are common.
	 */
	record GroupPair(List<Integer> a, List<Integer> b) {

		static GroupPair generate(SplittableRandom random) {
			List<Integer> one = groups(random);
			if (random.nextBoolean()) {
				return new GroupPair(one, groups(random));
			}
			List<Integer> other = like(one, random);
			return random.nextBoolean() ? new GroupPair(one, other) : new GroupPair(other, one);
		}

		private static List<Integer> groups(SplittableRandom random) {
			return Generated.listOf(random, 1, 4, (r) -> Generated.between(r, 0, 99999));
		}

		private static List<Integer> like(List<Integer> groups, SplittableRandom random) {
			List<Integer> like = new ArrayList<>(groups);
			switch (random.nextInt(3)) {
				case 0 -> {
					// Trailing zero groups, which do not count
					while (like.size() < 4 && random.nextBoolean()) {
						like.add(0);
					}
				}
				case 1 -> {
					// One group off by one
					int i = random.nextInt(like.size());
					like.set(i, Math.max(0, Math.min(99999, like.get(i) + (random.nextBoolean() ? 1 : -1))));
				}
				default -> {
					// A prefix, or another group added
					if (like.size() > 1 && random.nextBoolean()) {
						like.remove(like.size() - 1);
					}
					else if (like.size() < 4) {
						like.add(Generated.between(random, 0, 99999));
					}
				}
			}
			return like;
		}

	}

	private static String join(List<Integer> groups, String separator) {
		return groups.stream().map(String::valueOf).collect(Collectors.joining(separator));
	}

	private static int compareNumerically(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
			int x = (i < a.size()) ? a.get(i) : 0;
			int y = (i < b.size()) ? b.get(i) : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

}
