package dev.migrations.internal.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.migrations.MigrationException;
import dev.migrations.MigrationFile;
import dev.migrations.MigrationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code .sql} files under a directory, sub-directories too. A directory that does
 * not exist holds no file, and says so in the log. Thread-safe.
 */
public final class FilesystemSource implements MigrationSource {

	private static final Logger logger = LoggerFactory.getLogger(FilesystemSource.class);

	private final Path directory;

	/**
	 * Creates the source.
	 * @param directory the directory
	 */
	public FilesystemSource(Path directory) {
		this.directory = directory;
	}

	@Override
	public List<MigrationFile> files() {
		if (!Files.isDirectory(this.directory)) {
			logger.warn("Migration location {} is not a directory; skipped", this.directory);
			return List.of();
		}
		List<MigrationFile> files = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(this.directory)) {
			for (Path file : paths.filter(Files::isRegularFile)
				.filter((path) -> path.toString().endsWith(".sql") || path.toString().endsWith(".sql.conf"))
				.toList()) {
				files.add(new MigrationFile(file.getFileName().toString(), file.toString(), Files.readAllBytes(file)));
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new MigrationException("Could not read migration location " + this.directory + ": " + ex, ex);
		}
		return files;
	}

	@Override
	public String toString() {
		return "filesystem:" + this.directory;
	}

}
