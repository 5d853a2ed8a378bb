package dev.migrations.internal.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import dev.migrations.MigrationException;
import dev.migrations.MigrationFile;
import dev.migrations.MigrationSource;

/**
 * The {@code .sql} files under a class path folder: in directories, and inside jars
 * (including Spring Boot's nested jars). Thread-safe.
 */
public final class ClasspathSource implements MigrationSource {

	private final String folder;

	private final ClassLoader classLoader;

	/**
	 * Creates the source.
	 * @param folder the folder, with or without slashes around it
	 * @param classLoader the class loader to search
	 */
	public ClasspathSource(String folder, ClassLoader classLoader) {
		this.folder = trimSlashes(folder);
		this.classLoader = classLoader;
	}

	@Override
	public List<MigrationFile> files() {
		List<MigrationFile> files = new ArrayList<>();
		try {
			Enumeration<URL> roots = this.classLoader.getResources(this.folder);
			while (roots.hasMoreElements()) {
				URL root = roots.nextElement();
				if (root.getProtocol().equals("file")) {
					files.addAll(new FilesystemSource(Paths.get(root.toURI())).files());
				}
				else {
					readJar(root, files);
				}
			}
		}
		catch (IOException | URISyntaxException ex) {
			throw new MigrationException("Could not read migration location " + this + ": " + ex, ex);
		}
		return files;
	}

	private static void readJar(URL root, List<MigrationFile> files) throws IOException {
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
				if (!entry.isDirectory() && entry.getName().startsWith(entryPrefix)
						&& (entry.getName().endsWith(".sql") || entry.getName().endsWith(".sql.conf"))) {
					try (InputStream in = jar.getInputStream(entry)) {
						String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
						files.add(new MigrationFile(name, root + "/" + entry.getName().substring(entryPrefix.length()),
								in.readAllBytes()));
					}
				}
			}
		}
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

	@Override
	public String toString() {
		return "classpath:" + this.folder;
	}

}
