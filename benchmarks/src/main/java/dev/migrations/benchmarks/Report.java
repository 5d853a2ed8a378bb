package dev.migrations.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The measurements, as the markdown of {@code results.md}: one table of medians and
 * ratios (to the scenario's floor and to our engine), and one of peak heap per tool and
 * scenario.
 */
final class Report {

	private final Map<String, Map<String, List<Sample>>> scenarios = new LinkedHashMap<>();

	private final Map<String, String> floors = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	void add(String scenario, String tool, Sample sample) {
		this.scenarios.computeIfAbsent(scenario, (key) -> new LinkedHashMap<>())
			.computeIfAbsent(tool, (key) -> new ArrayList<>())
			.add(sample);
	}

	void floor(String scenario, String tool) {
		this.floors.put(scenario, tool);
	}

	void note(String note) {
		this.notes.add(note);
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("| scenario | tool | median wall (ms) | × floor | × ours | median in main (ms) | peak heap (MB) "
				+ "| peak RSS (MB) | every run, wall (ms) |\n|---|---|--:|--:|--:|--:|--:|--:|---|\n");
		this.scenarios.forEach((scenario, tools) -> {
			Long floor = median(tools.get(this.floors.get(scenario)), Sample::wallMillis);
			Long ours = median(tools.get(Tool.OURS.label()), Sample::wallMillis);
			tools.forEach((tool, samples) -> {
				long wall = median(samples, Sample::wallMillis);
				out.append("| ").append(scenario).append(" | ").append(tool).append(" | ").append(wall).append(" | ");
				out.append(ratio(wall, floor)).append(" | ").append(ratio(wall, ours)).append(" | ");
				out.append(figure(median(samples, Sample::mainMillis))).append(" | ");
				out.append(figure(median(samples, Sample::heapPeakMb))).append(" | ");
				out.append(figure(median(samples, Sample::rssPeakMb))).append(" | ");
				out.append(samples.stream()
					.map((sample) -> String.valueOf(sample.wallMillis()))
					.collect(Collectors.joining(", "))).append(" |\n");
			});
		});
		out.append("\n").append(heapTable());
		this.notes.forEach((note) -> out.append("\n").append(note).append("\n"));
		return out.toString();
	}

	private String heapTable() {
		List<String> tools = new ArrayList<>();
		this.scenarios.values()
			.forEach((byTool) -> byTool.keySet().stream().filter((tool) -> !tools.contains(tool)).forEach(tools::add));
		StringBuilder out = new StringBuilder("Peak heap (MB, median of the runs; scenario 4):\n\n| tool |");
		this.scenarios.keySet().forEach((scenario) -> out.append(' ').append(scenario).append(" |"));
		out.append("\n|---|").append("--:|".repeat(this.scenarios.size())).append('\n');
		for (String tool : tools) {
			out.append("| ").append(tool).append(" |");
			this.scenarios.values().forEach((byTool) -> {
				List<Sample> samples = byTool.get(tool);
				out.append(' ')
					.append((samples != null) ? figure(median(samples, Sample::heapPeakMb)) : "")
					.append(" |");
			});
			out.append('\n');
		}
		return out.toString();
	}

	private static String ratio(long value, Long base) {
		return (base == null || base <= 0) ? "" : String.format("%.2f", (double) value / base);
	}

	private static String figure(Long value) {
		return (value == null || value < 0) ? "–" : String.valueOf(value);
	}

	/**
	 * The median wall time of one tool in one scenario.
	 * @return the median, or null if the tool did not run there
	 */
	Long median(String scenario, String tool) {
		Map<String, List<Sample>> tools = this.scenarios.get(scenario);
		return (tools != null) ? median(tools.get(tool), Sample::wallMillis) : null;
	}

	static Long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> value) {
		if (samples == null || samples.isEmpty()) {
			return null;
		}
		long[] sorted = samples.stream().mapToLong(value).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
