package dev.migrations;

import java.nio.file.Path;
import java.util.List;

import dev.migrations.internal.discovery.ClasspathSource;
import dev.migrations.internal.discovery.FilesystemSource;
import org.jspecify.annotations.Nullable;

/**
 * Where migration files come from: a class path folder, a directory, or anything a user
 * or a test supplies (files generated in memory, a database table, an archive). The
 * engine asks once, on a migrator's first command, and reads the files' names and bytes;
 * everything after (ordering, pairing, checksums, splitting) is the engine's. A migrator
 * built without sources reads the locations of its configuration
 * ({@link MigrationsConfiguration#locations()}) through {@link #of}.
 * <p>
 * Implementations must be thread-safe; they may list the same file twice only as an error
 * (two files claiming one version are reported, naming both paths).
 */
@FunctionalInterface
public interface MigrationSource {

	/**
	 * Every file this source holds, in any order. Files whose name ends in {@code .sql}
	 * are migrations; a file named after one with {@code .conf} added
	 * ({@code V3__index.sql.conf}, at the path of the script plus {@code .conf}) holds
	 * Flyway's settings for that script, such as {@code executeInTransaction=false};
	 * other files are ignored.
	 * @return the files
	 * @throws MigrationException if the files cannot be read
	 */
	List<MigrationFile> files();

	/**
	 * The {@code .sql} files (and {@code .sql.conf} settings) under a class path folder,
	 * in directories and inside jars (Spring Boot's nested jars included), sub-folders
	 * too.
	 * @param folder the folder, such as {@code db/migrations}
	 * @param classLoader the class loader to search, or {@code null} for the engine's own
	 * @return the source
	 */
	static MigrationSource classpath(String folder, @Nullable ClassLoader classLoader) {
		return new ClasspathSource(folder,
				(classLoader != null) ? classLoader : MigrationSource.class.getClassLoader());
	}

	/**
	 * The {@code .sql} files (and {@code .sql.conf} settings) under a directory,
	 * sub-directories too. A directory that does not exist holds no file (and is logged).
	 * @param directory the directory
	 * @return the source
	 */
	static MigrationSource filesystem(Path directory) {
		return new FilesystemSource(directory);
	}

	/**
	 * The source of a location as {@link MigrationsConfiguration#locations()} writes it:
	 * {@code classpath:db/migrations}, {@code filesystem:/srv/migrations}, or a path
	 * without a prefix, which is a class path folder.
	 * @param location the location
	 * @param classLoader the class loader of {@code classpath:} locations, or
	 * {@code null} for the engine's own
	 * @return the source
	 * @throws IllegalArgumentException if the prefix is neither {@code classpath:} nor
	 * {@code filesystem:}
	 */
	static MigrationSource of(String location, @Nullable ClassLoader classLoader) {
		if (location.startsWith("filesystem:")) {
			return filesystem(Path.of(location.substring("filesystem:".length())));
		}
		int colon = location.indexOf(':');
		if (colon >= 0 && !location.startsWith("classpath:")) {
			throw new IllegalArgumentException("Unknown location prefix in '" + location
					+ "' (the locations setting): use classpath: or filesystem:");
		}
		return classpath(location.substring(colon + 1), classLoader);
	}

}
