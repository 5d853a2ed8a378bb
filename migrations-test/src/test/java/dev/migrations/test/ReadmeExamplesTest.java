package dev.migrations.test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Java examples compile against the API as it is: its {@code ```java}
 * blocks, read in order as one program (a block may use what an earlier one declared),
 * with a {@code dataSource} and an slf4j {@code log} in scope, compiled with the test's
 * class path (core, this module, slf4j).
 */
class ReadmeExamplesTest {

	private static final Path README = Path.of("..", "README.md");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

	private static final String IMPORTS = """
			import java.nio.charset.StandardCharsets;
			import java.nio.file.Path;
			import java.time.Duration;
			import java.util.List;
			import javax.sql.DataSource;
			import dev.migrations.*;
			import dev.migrations.lint.*;
			import dev.migrations.test.*;
			import dev.migrations.verify.*;
			import org.slf4j.Logger;
			""";

	@TempDir
	Path output;

	@Test
	void theJavaExamplesOfTheReadmeCompile() throws IOException {
		List<String> blocks = javaBlocks(Files.readString(README));
		assertThat(blocks).as("Java examples in the README").hasSizeGreaterThanOrEqualTo(3);
		String source = IMPORTS + "\nclass ReadmeExamples {\n\n\tstatic void examples(DataSource dataSource, "
				+ "Logger log) throws Exception {\n" + String.join("\n", blocks) + "\n\t}\n\n}\n";

		List<String> errors = compile(source);

		assertThat(errors).as("compiling the README's examples:%n%s", numbered(source)).isEmpty();
	}

	@Test
	void aBrokenExampleWouldFail() {
		assertThat(compile(IMPORTS + "class Broken { void f() { Migrator.noSuchMethod(); } }")).singleElement()
			.asString()
			.contains("noSuchMethod");
	}

	private static List<String> javaBlocks(String readme) {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = JAVA_BLOCK.matcher(readme);
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	private List<String> compile(String source) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///ReadmeExamples.java"),
				JavaFileObject.Kind.SOURCE) {

			@Override
			public CharSequence getCharContent(boolean ignoreEncodingErrors) {
				return source;
			}

		};
		List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
				this.output.toString(), "-proc:none");
		compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
		return diagnostics.getDiagnostics()
			.stream()
			.filter((diagnostic) -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
			.map((diagnostic) -> "line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT))
			.toList();
	}

	private static String numbered(String source) {
		StringBuilder text = new StringBuilder();
		List<String> lines = source.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			text.append(i + 1).append(": ").append(lines.get(i)).append('\n');
		}
		return text.toString();
	}

}
