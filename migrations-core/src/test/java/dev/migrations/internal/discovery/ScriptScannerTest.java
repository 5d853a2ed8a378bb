package dev.migrations.internal.discovery;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import dev.migrations.MigrationFile;
import dev.migrations.MigrationSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files come from classpath directories, jars and filesystem paths.
 */
class ScriptScannerTest {

	@TempDir
	Path folder;

	@Test
	void readsAClasspathDirectoryWithSubfolders() {
		List<MigrationFile> files = ScriptScanner.scan(sources(getClass().getClassLoader(), "classpath:db/guide"));

		assertThat(files).extracting(MigrationFile::name)
			.hasSize(11)
			.startsWith("20260430_01_create_users.sql")
			.allMatch((name) -> name.endsWith(".sql"));
	}

	@Test
	void readsAFilesystemPathIgnoringOtherFiles() throws IOException {
		Files.createDirectories(this.folder.resolve("nested"));
		Files.writeString(this.folder.resolve("1_a.sql"), "SELECT 1;");
		Files.writeString(this.folder.resolve("nested/2_b.sql"), "SELECT 2;");
		Files.writeString(this.folder.resolve("README.md"), "not a migration");

		List<MigrationFile> files = ScriptScanner
			.scan(sources(getClass().getClassLoader(), "filesystem:" + this.folder));

		assertThat(files).extracting(MigrationFile::name).containsExactly("1_a.sql", "2_b.sql");
	}

	@Test
	void readsMigrationsInsideAJar() throws IOException {
		Path jar = this.folder.resolve("app.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			// as Maven and Spring Boot build them: directory entries included
			out.putNextEntry(new JarEntry("db/"));
			out.putNextEntry(new JarEntry("db/migrations/"));
			out.putNextEntry(new JarEntry("db/migrations/sub/"));
			entry(out, "db/migrations/1_a.sql", "-- migrate:up\nSELECT 1;\n-- migrate:down\n");
			entry(out, "db/migrations/sub/2_b.sql", "-- migrate:up\nSELECT 2;\n-- migrate:down\n");
			entry(out, "db/other/3_c.sql", "SELECT 3;");
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			List<MigrationFile> files = ScriptScanner.scan(sources(loader, "classpath:db/migrations"));

			assertThat(files).extracting(MigrationFile::name).containsExactly("1_a.sql", "2_b.sql");
			assertThat(new String(files.get(0).content(), StandardCharsets.UTF_8)).contains("SELECT 1;");
		}
	}

	@Test
	void findsNothingInAMissingLocation() {
		assertThat(ScriptScanner.scan(sources(getClass().getClassLoader(), "classpath:db/nothing-here",
				"filesystem:" + this.folder.resolve("absent"))))
			.isEmpty();
	}

	private static List<MigrationSource> sources(ClassLoader classLoader, String... locations) {
		return Stream.of(locations).map((location) -> MigrationSource.of(location, classLoader)).toList();
	}

	private static void entry(JarOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new JarEntry(name));
		OutputStream stream = out;
		stream.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

}
