package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The goals the engine is held to, each against a floor measured in the same run, as the
 * first table of {@code results.md}: the floor, the engine before (when a baseline ran),
 * after, the goal, and whether it is met (or by how much it is missed).
 */
final class Targets {

	private final List<String> rows = new ArrayList<>();

	/**
	 * A goal on a ratio to a floor: {@code value / base ≤ goal}.
	 */
	void ratio(String workload, String floor, Long before, Long value, Long base, double goal) {
		if (value == null || base == null || base <= 0) {
			return;
		}
		double after = (double) value / base;
		add(workload, floor, (before != null) ? times((double) before / base) : "–", times(after),
				"≤ " + times(goal), (after <= goal) ? "yes" : String.format(Locale.ROOT, "no (+%.2f×)", after - goal));
	}

	/**
	 * A goal on the time added to a floor: {@code value - floor ≤ goal}.
	 */
	void difference(String workload, String floor, Long before, Long value, Long base, long goal) {
		if (value == null || base == null) {
			return;
		}
		long after = value - base;
		add(workload, floor, (before != null) ? plus(before - base) : "–", plus(after), "≤ " + plus(goal),
				(after <= goal) ? "yes" : "no (" + plus(after - goal) + " over)");
	}

	/**
	 * A goal on a ratio that must reach a value.
	 */
	void atLeast(String workload, String floor, double value, double goal) {
		add(workload, floor, "–", times(value), "≥ " + times(goal),
				(value >= goal) ? "yes" : String.format(Locale.ROOT, "no (−%.2f×)", goal - value));
	}

	/**
	 * A goal on a time that must stay under a value, in milliseconds.
	 */
	void below(String workload, String floor, double value, double goal) {
		add(workload, floor, "–", String.format(Locale.ROOT, "%.1f ms", value),
				String.format(Locale.ROOT, "< %.0f ms", goal), (value < goal) ? "yes" : "no");
	}

	private void add(String workload, String floor, String before, String after, String goal, String met) {
		this.rows.add("| " + workload + " | " + floor + " | " + before + " | " + after + " | " + goal + " | " + met
				+ " |");
	}

	String markdown() {
		return "| workload | floor (same run) | before | after | goal | met? |\n|---|---|--:|--:|---|---|\n"
				+ String.join("\n", this.rows) + "\n";
	}

	private static String times(double ratio) {
		return String.format(Locale.ROOT, "%.2f×", ratio);
	}

	private static String plus(long millis) {
		return String.format(Locale.ROOT, "floor %+d ms", millis);
	}

}
