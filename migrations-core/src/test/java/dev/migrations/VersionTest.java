package dev.migrations;

import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
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

	@Property
	void ordersLikeTheNumbersItIsMadeOf(@ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 99999) Integer> a,
			@ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 99999) Integer> b) {
		int expected = compareNumerically(a, b);
		int actual = Version.parse(join(a, "_")).compareTo(Version.parse(join(b, ".")));
		assertThat(Integer.signum(actual)).isEqualTo(Integer.signum(expected));
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
