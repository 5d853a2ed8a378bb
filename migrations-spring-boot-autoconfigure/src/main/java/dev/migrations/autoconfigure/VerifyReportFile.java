package dev.migrations.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrations.verify.VerifyReport;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.ClassUtils;

/**
 * Writes a {@link VerifyReport} as JSON for CI ({@code migrations.verify.report-file}):
 * {@code passed} first, then the report's own fields as they are, durations as ISO-8601
 * ({@code PT0.012S}). Uses a mapper of its own, so that the file does not change with the
 * application's Jackson settings. Jackson 3 is an optional dependency: only touch this
 * class after {@link #isAvailable(ClassLoader)}.
 */
final class VerifyReportFile {

	private static final String MAPPER = "tools.jackson.databind.json.JsonMapper";

	private VerifyReportFile() {
	}

	static boolean isAvailable(ClassLoader classLoader) {
		return ClassUtils.isPresent(MAPPER, classLoader);
	}

	static String json(VerifyReport report) throws IOException {
		try {
			JsonMapper mapper = JsonMapper.builder()
				.enable(SerializationFeature.INDENT_OUTPUT)
				.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
				.build();
			ObjectNode root = mapper.createObjectNode();
			root.put("passed", report.passed());
			root.setAll((ObjectNode) mapper.valueToTree(report));
			return mapper.writeValueAsString(root) + "\n";
		}
		catch (JacksonException ex) {
			throw new IOException("could not write the report as JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	static void write(VerifyReport report, Path file) throws IOException {
		String json = json(report);
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Files.writeString(file, json, StandardCharsets.UTF_8);
	}

}
