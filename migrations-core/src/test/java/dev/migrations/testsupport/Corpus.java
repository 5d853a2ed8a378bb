package dev.migrations.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.migrations.MigrationFile;
import dev.migrations.MigrationSource;
import dev.migrations.Version;

/**
 * The real migration histories under {@code src/test/resources/corpus} (see its README):
 * each set's files under Flyway names, in Flyway's version order.
 *
 * @param name the set, such as {@code netflix-conductor}
 * @param files the files, in version order
 */
public record Corpus(String name, List<MigrationFile> files) {

	/** Every set, smallest first. */
	public static final List<String> SETS = List.of("kie-jobs-service", "nifi-registry", "netflix-conductor",
			"kie-data-index", "camunda-engine", "flowable-engine");

	/**
	 * Reads a set.
	 * @param name the set
	 * @return its files
	 */
	public static Corpus of(String name) {
		URL folder = Corpus.class.getClassLoader().getResource("corpus/" + name + "/flyway");
		if (folder == null) {
			throw new IllegalArgumentException("no corpus set " + name);
		}
		try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
			List<MigrationFile> files = paths.sorted(Comparator.comparing(Corpus::version)).map(Corpus::read).toList();
			return new Corpus(name, files);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The files up to and including a version.
	 * @param last the last version, inclusive
	 * @return those files
	 */
	public List<MigrationFile> through(String last) {
		Version limit = Version.parse(last);
		return this.files.stream().filter((file) -> version(file.name()).compareTo(limit) <= 0).toList();
	}

	/**
	 * The version of the file at a position.
	 * @param index the 0-based position in version order
	 * @return its version text
	 */
	public String versionAt(int index) {
		return version(this.files.get(index).name()).text();
	}

	/**
	 * A source of some of these files.
	 * @param files the files
	 * @return a source that holds them
	 */
	public static MigrationSource source(List<MigrationFile> files) {
		return () -> files;
	}

	/**
	 * Writes files into a folder, as they are.
	 * @param files the files
	 * @param folder the folder
	 */
	public static void copy(List<MigrationFile> files, ScriptFolder folder) {
		files.forEach((file) -> folder.bytes(file.name(), file.content()));
	}

	private static Version version(Path path) {
		return version(path.getFileName().toString());
	}

	private static Version version(String fileName) {
		return Version.parse(fileName.substring(1, fileName.indexOf("__")));
	}

	private static MigrationFile read(Path path) {
		try {
			return new MigrationFile(path.getFileName().toString(), path.toString(), Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
