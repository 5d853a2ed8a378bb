package dev.migrations.autoconfigure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's property table (between {@code <!-- properties:start -->} and
 * {@code <!-- properties:end -->}) against the configuration metadata the build
 * generates, so that the table cannot drift: every {@code migrations.*} property has a
 * row with the default the metadata states ({@code —} for none) and a description, and
 * every row names a property. A failure lists ready-to-paste rows. Paths are relative to
 * the module, where Maven runs the tests.
 */
class ReadmePropertyTableTests {

	private static final Path README = Path.of("..", "README.md");

	private static final Path METADATA = Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json");

	private static final Path ADDITIONAL_METADATA = Path.of("src", "main", "resources", "META-INF",
			"additional-spring-configuration-metadata.json");

	private static final String NO_DEFAULT = "—";

	private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

	@Test
	void everyPropertyHasARowWithItsDefault() throws IOException {
		Map<String, Row> rows = rows();
		List<String> problems = new ArrayList<>();
		properties().forEach((name, property) -> {
			Row row = rows.get(name);
			if (row == null) {
				problems.add("missing: " + property.suggestedRow());
			}
			else if (!row.defaultValue().equals(property.defaultValue())) {
				problems.add(name + ": the table says " + row.defaultValue() + ", the metadata "
						+ property.defaultValue() + ": " + property.suggestedRow());
			}
		});
		assertThat(problems).as("README property table").isEmpty();
	}

	@Test
	void everyRowNamesAPropertyAndDescribesIt() throws IOException {
		Map<String, Property> properties = properties();
		Collection<Row> rows = rows().values();
		assertThat(rows).as("rows of the README property table").isNotEmpty();
		assertThat(rows).filteredOn((row) -> !properties.containsKey(row.name()))
			.as("rows that name no property")
			.extracting(Row::name)
			.isEmpty();
		assertThat(rows).filteredOn((row) -> row.description().isBlank())
			.as("rows without a description")
			.extracting(Row::name)
			.isEmpty();
	}

	@Test
	void theTableHasItsHeaderAndNoRowTwice() throws IOException {
		List<String> lines = tableLines();
		assertThat(lines).as("the README property table").hasSizeGreaterThan(2);
		assertThat(cells(lines.get(0))).containsExactly("property", "default", "description");
		List<String> names = lines.stream().skip(2).map((line) -> name(cells(line).get(0))).toList();
		assertThat(names).doesNotHaveDuplicates();
	}

	private static Map<String, Row> rows() throws IOException {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String line : tableLines().stream().skip(2).toList()) {
			List<String> cells = cells(line);
			assertThat(cells).as(line).hasSize(3);
			String name = name(cells.get(0));
			rows.put(name, new Row(name, unquote(cells.get(1)), cells.get(2)));
		}
		return rows;
	}

	private static List<String> tableLines() throws IOException {
		String readme = Files.readString(README, StandardCharsets.UTF_8);
		int start = readme.indexOf("<!-- properties:start -->");
		int end = readme.indexOf("<!-- properties:end -->");
		assertThat(start).as("<!-- properties:start --> in " + README).isNotNegative();
		assertThat(end).as("<!-- properties:end --> after the start").isGreaterThan(start);
		return readme.substring(start, end).lines().map(String::strip).filter((line) -> line.startsWith("|")).toList();
	}

	private static List<String> cells(String line) {
		String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
		return CELL_SEPARATOR.splitAsStream(inner).map((cell) -> cell.strip().replace("\\|", "|")).toList();
	}

	// the map of placeholders reads better as migrations.placeholders.*
	private static String name(String cell) {
		String name = unquote(cell);
		return name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
	}

	private static String unquote(String cell) {
		return (cell.length() > 1 && cell.startsWith("`") && cell.endsWith("`")) ? cell.substring(1, cell.length() - 1)
				: cell;
	}

	private static Map<String, Property> properties() throws IOException {
		Map<String, Property> properties = new LinkedHashMap<>();
		for (Map<String, Object> entry : entries(METADATA)) {
			String name = (String) entry.get("name");
			if (name.startsWith("migrations.")) {
				properties.put(name, new Property(name, render(entry.get("defaultValue")),
						(String) entry.getOrDefault("description", "")));
			}
		}
		// the generated file merges these already; read them too, in case it did not
		for (Map<String, Object> entry : entries(ADDITIONAL_METADATA)) {
			Property property = properties.get((String) entry.get("name"));
			if (property != null && entry.containsKey("defaultValue")) {
				properties.put(property.name(),
						new Property(property.name(), render(entry.get("defaultValue")), property.description()));
			}
		}
		assertThat(properties).as("migrations.* properties in " + METADATA).isNotEmpty();
		return properties;
	}

	private static List<Map<String, Object>> entries(Path file) throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		return JsonPath.read(Files.readString(file, StandardCharsets.UTF_8), "$.properties[*]");
	}

	private static String render(Object value) {
		if (value == null) {
			return NO_DEFAULT;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(","));
		}
		return String.valueOf(value);
	}

	private record Row(String name, String defaultValue, String description) {
	}

	private record Property(String name, String defaultValue, String description) {

		String suggestedRow() {
			String value = this.defaultValue.equals(NO_DEFAULT) ? NO_DEFAULT
					: "`" + this.defaultValue.replace("|", "\\|") + "`";
			String sentence = this.description.split("(?<=\\.)\\s", 2)[0];
			return "| `" + this.name + "` | " + value + " | " + sentence + " |";
		}

	}

}
