package dev.migrations.internal.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.MigrationException;

/**
 * Lists the {@code .sql} files of the configured locations: {@code classpath:} locations
 * in directories and inside jars (including Spring Boot's nested jars), and
 * {@code filesystem:} paths. Sub-folders are searched too. Other files (a README, say)
 * are ignored. Thread-safe.
 */
public final class ScriptScanner {

	private static final Logger logger = LoggerFactory.getLogger(ScriptScanner.class);

	private final ClassLoader classLoader;

	/**
	 * Creates a scanner.
	 * @param classLoader the class loader for {@code classpath:} locations
	 */
	public ScriptScanner(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Reads every {@code .sql} file of the locations.
	 * @param locations {@code classpath:…} or {@code filesystem:…} locations
	 * @return the files, sorted by name
	 * @throws MigrationException if a location cannot be read
	 */
	public List<ScriptResource> scan(List<String> locations) {
		List<ScriptResource> resources = new ArrayList<>();
		for (String location : locations) {
			int before = resources.size();
			if (location.startsWith("filesystem:")) {
				scanDirectory(Paths.get(location.substring("filesystem:".length())), resources);
			}
			else {
				scanClasspath(location.startsWith("classpath:") ? location.substring("classpath:".length()) : location,
						resources);
			}
			if (resources.size() == before) {
				logger.info("No migration files in {}", location);
			}
		}
		resources.sort(Comparator.comparing(ScriptResource::name).thenComparing(ScriptResource::path));
		return resources;
	}

	private void scanClasspath(String location, List<ScriptResource> resources) {
		String prefix = trimSlashes(location);
		try {
			Enumeration<URL> roots = this.classLoader.getResources(prefix);
			while (roots.hasMoreElements()) {
				URL root = roots.nextElement();
				if (root.getProtocol().equals("file")) {
					scanDirectory(Paths.get(root.toURI()), resources);
				}
				else {
					scanJar(root, resources);
				}
			}
		}
		catch (IOException | URISyntaxException ex) {
			throw new MigrationException("Could not read migration location classpath:" + location + ": " + ex, ex);
		}
	}

	private void scanJar(URL root, List<ScriptResource> resources) throws IOException {
		URLConnection connection = root.openConnection();
		if (!(connection instanceof JarURLConnection jarConnection)) {
			throw new IOException("unsupported URL " + root + " (neither a directory nor a jar)");
		}
		jarConnection.setUseCaches(false);
		String entryPrefix = trimSlashes(jarConnection.getEntryName()) + "/";
		try (JarFile jar = jarConnection.getJarFile()) {
			Enumeration<JarEntry> entries = jar.entries();
			while (entries.hasMoreElements()) {
				JarEntry entry = entries.nextElement();
				if (!entry.isDirectory() && entry.getName().startsWith(entryPrefix) && isSql(entry.getName())) {
					try (InputStream in = jar.getInputStream(entry)) {
						String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
						resources.add(new ScriptResource(name,
								root + "/" + entry.getName().substring(entryPrefix.length()), in.readAllBytes()));
					}
				}
			}
		}
	}

	private void scanDirectory(Path directory, List<ScriptResource> resources) {
		if (!Files.isDirectory(directory)) {
			logger.warn("Migration location {} is not a directory; skipped", directory);
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter(Files::isRegularFile).filter((path) -> isSql(path.toString())).toList()) {
				resources
					.add(new ScriptResource(file.getFileName().toString(), file.toString(), Files.readAllBytes(file)));
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new MigrationException("Could not read migration location " + directory + ": " + ex, ex);
		}
	}

	private static boolean isSql(String name) {
		return name.endsWith(".sql");
	}

	private static String trimSlashes(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == '/') {
			start++;
		}
		while (end > start && path.charAt(end - 1) == '/') {
			end--;
		}
		return path.substring(start, end);
	}

}
