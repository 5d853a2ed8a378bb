package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of Flight Recorder recordings, as markdown: the execution samples
 * ({@code jdk.ExecutionSample}) of the {@code main} thread of every recording given,
 * counted by the method at the top of the stack (self) and by every method on the stack
 * (total, once per sample), with the share of all samples.
 * Arguments: {@code <title> <n> <recording.jfr>...}.
 */
public final class JfrTop {

	private JfrTop() {
	}

	public static void main(String[] args) throws IOException {
		System.out.println(top(args[0], Integer.parseInt(args[1]),
				java.util.Arrays.stream(args).skip(2).map(Path::of).toList()));
	}

	/**
	 * The top frames of some recordings.
	 * @param title what they recorded
	 * @param n how many frames of each kind
	 * @param recordings the recordings
	 * @return two markdown tables, self and total
	 * @throws IOException if a recording cannot be read
	 */
	static String top(String title, int n, List<Path> recordings) throws IOException {
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		int samples = 0;
		for (Path recording : recordings) {
			for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
				if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
						|| !"main".equals(event.getThread("sampledThread").getJavaName())) {
					continue;
				}
				samples++;
				List<RecordedFrame> frames = event.getStackTrace().getFrames();
				if (!frames.isEmpty()) {
					self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
				}
				Set<String> seen = new HashSet<>();
				frames.forEach((frame) -> seen.add(name(frame.getMethod())));
				seen.forEach((method) -> total.merge(method, 1, Integer::sum));
			}
		}
		return "#### " + title + " (" + samples + " samples of the main thread, " + recordings.size()
				+ " recordings)\n\n" + table("self", self, samples, n) + "\n" + table("total", total, samples, n) + "\n";
	}

	private static String table(String kind, Map<String, Integer> counts, int samples, int n) {
		return "| " + kind + " | samples | share |\n|---|--:|--:|\n" + counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(n)
			.map((entry) -> String.format("| `%s` | %d | %.0f%% |", entry.getKey(), entry.getValue(),
					100.0 * entry.getValue() / Math.max(1, samples)))
			.collect(Collectors.joining("\n")) + "\n";
	}

	private static String name(RecordedMethod method) {
		String type = method.getType().getName();
		return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
	}

}
