package dev.migrations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A migration version: one or more groups of digits joined by {@code _} or {@code .},
 * such as {@code 20260501_01} or {@code 1.2.10}.
 * <p>
 * Versions compare numerically, group by group:
 * {@code 20260501_01 < 20260501_02 < 20260502_01} and {@code 2 < 10}. Leading zeros
 * inside a group and trailing zero groups do not count, so {@code 1.0}, {@code 1_0} and
 * {@code 01} are all the same version as {@code 1}; two files claiming them are
 * duplicates. The text is kept as written and is what {@link #toString()} returns.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class Version implements Comparable<Version>, Serializable {

	private static final long serialVersionUID = 1L;

	private final String text;

	private final String[] groups;

	private Version(String text, String[] groups) {
		this.text = text;
		this.groups = groups;
	}

	/**
	 * Parses a version.
	 * @param text digit groups joined by {@code _} or {@code .}
	 * @return the version
	 * @throws IllegalArgumentException if the text is not a version
	 */
	public static Version parse(String text) {
		Objects.requireNonNull(text, "text");
		if (text.isEmpty()) {
			throw new IllegalArgumentException("A version must not be empty");
		}
		List<String> groups = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			boolean end = i == text.length();
			char c = end ? '_' : text.charAt(i);
			if (c == '_' || c == '.') {
				if (i == start) {
					throw new IllegalArgumentException(
							"'" + text + "' is not a version: empty digit group at " + (i + 1));
				}
				groups.add(normalise(text.substring(start, i)));
				start = i + 1;
			}
			else if (c < '0' || c > '9') {
				throw new IllegalArgumentException("'" + text
						+ "' is not a version: digit groups joined by '_' or '.' expected, found '" + c + "'");
			}
		}
		int size = groups.size();
		while (size > 1 && groups.get(size - 1).equals("0")) {
			size--;
		}
		return new Version(text, groups.subList(0, size).toArray(String[]::new));
	}

	private static String normalise(String digits) {
		int i = 0;
		while (i < digits.length() - 1 && digits.charAt(i) == '0') {
			i++;
		}
		return digits.substring(i);
	}

	/**
	 * The length of the version that starts a file name stem: the longest run of digit
	 * groups joined by {@code _} or {@code .} in which every group is followed by
	 * {@code _}, {@code .} or the end of the stem. For {@code 20260501_01_2fa_codes} that
	 * is {@code 20260501_01}.
	 * @param stem a file name without its extension, such as
	 * {@code 20260501_01_add_phone}
	 * @return the length of the version prefix, or 0 when the stem does not start with
	 * one
	 */
	public static int prefixLength(String stem) {
		int end = 0;
		int i = 0;
		while (i < stem.length()) {
			int groupStart = i;
			while (i < stem.length() && stem.charAt(i) >= '0' && stem.charAt(i) <= '9') {
				i++;
			}
			boolean atBoundary = i == stem.length() || stem.charAt(i) == '_' || stem.charAt(i) == '.';
			if (i == groupStart || !atBoundary) {
				break;
			}
			end = i;
			i++;
		}
		return end;
	}

	/**
	 * The text as written in the file name.
	 * @return the text
	 */
	public String text() {
		return this.text;
	}

	@Override
	public int compareTo(Version other) {
		int n = Math.max(this.groups.length, other.groups.length);
		for (int i = 0; i < n; i++) {
			String a = (i < this.groups.length) ? this.groups[i] : "0";
			String b = (i < other.groups.length) ? other.groups[i] : "0";
			int c = (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return (obj instanceof Version other) && Arrays.equals(this.groups, other.groups);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.groups);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
