package dev.migrations.internal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.migrations.MigrationException;
import dev.migrations.MigrationFile;
import dev.migrations.MigrationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the {@code .sql} files of every source, in one order: by file name, then by where
 * they were found. Other files (a README, say) are left out; a source with no file is
 * logged. Stateless and thread-safe.
 */
public final class ScriptScanner {

	private static final Logger logger = LoggerFactory.getLogger(ScriptScanner.class);

	private ScriptScanner() {
	}

	/**
	 * Reads every {@code .sql} file of the sources.
	 * @param sources where the files are
	 * @return the files, sorted by name
	 * @throws MigrationException if a source cannot be read
	 */
	public static List<MigrationFile> scan(List<MigrationSource> sources) {
		List<MigrationFile> files = new ArrayList<>();
		for (MigrationSource source : sources) {
			int before = files.size();
			for (MigrationFile file : source.files()) {
				if (file.isSql() || file.name().endsWith(".sql.conf")) {
					files.add(file);
				}
			}
			if (files.size() == before) {
				logger.info("No migration files in {}", source);
			}
		}
		files.sort(Comparator.comparing(MigrationFile::name).thenComparing(MigrationFile::path));
		return files;
	}

}
