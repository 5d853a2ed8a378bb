package dev.migrations.internal.discovery;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.MigrationFile;
import dev.migrations.ScriptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's per-script settings, which say how a Flyway-named file must run: a
 * {@code -- flyway:executeInTransaction=false} comment among the comments at the top of
 * the script, or the same {@code key=value} line in a {@code <script>.sql.conf} file
 * beside it. {@code executeInTransaction=false} makes the file run statement by statement
 * in autocommit, as Flyway runs it; {@code true} is the default (statements that cannot
 * run in a transaction still run alone). {@code encoding} is accepted when it names
 * UTF-8, the only encoding migrations are read in. Any other key is refused: a setting
 * that changes how a file runs is never silently ignored.
 *
 * @param executeInTransaction {@code false} when the script must run outside a
 * transaction
 */
record ScriptSettings(boolean executeInTransaction) {

	static final ScriptSettings DEFAULT = new ScriptSettings(true);

	private static final String SUFFIX = ".sql.conf";

	private static final Logger logger = LoggerFactory.getLogger(ScriptSettings.class);

	private static final Pattern INLINE = Pattern.compile("^\\s*--\\s*flyway:([A-Za-z]+)\\s*=\\s*(.*?)\\s*$");

	private static final Pattern CONF = Pattern.compile("^\\s*([A-Za-z]+)\\s*=\\s*(.*?)\\s*$");

	/**
	 * Reads the settings of a script: those at the top of its text, then those of its
	 * {@code .conf} file, which win.
	 * @param script the file name, for errors
	 * @param text the script's text
	 * @param conf the {@code .conf} file beside it, or {@code null}
	 * @return the settings
	 * @throws ScriptException naming the file and line of an unknown key or a bad value
	 */
	static ScriptSettings read(String script, String text, MigrationFile conf) {
		ScriptSettings settings = DEFAULT;
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty() && !line.startsWith("--")) {
				break;
			}
			Matcher matcher = INLINE.matcher(line);
			if (matcher.matches()) {
				settings = settings.with(script, i + 1, matcher.group(1), matcher.group(2));
			}
		}
		if (conf != null) {
			String[] confLines = ScriptDecoder.decode(conf).split("\\R", -1);
			for (int i = 0; i < confLines.length; i++) {
				String line = confLines[i].strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				Matcher matcher = CONF.matcher(line);
				if (!matcher.matches()) {
					throw new ScriptException(ScriptException.Kind.DIRECTIVE, conf.name(), i + 1, 1,
							"is not a 'key=value' line, e.g. 'executeInTransaction=false'");
				}
				settings = settings.with(conf.name(), i + 1, matcher.group(1), matcher.group(2));
			}
		}
		return settings;
	}

	private ScriptSettings with(String source, int line, String key, String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		if (key.equals("executeInTransaction") && (lower.equals("true") || lower.equals("false"))) {
			return new ScriptSettings(Boolean.parseBoolean(lower));
		}
		if (key.equals("encoding") && (lower.equals("utf-8") || lower.equals("utf8"))) {
			return this;
		}
		String problem = switch (key) {
			case "executeInTransaction" -> "executeInTransaction takes true or false, not '" + value + "'";
			case "encoding" -> "migrations are read as UTF-8 only, not " + value + "; save the file as UTF-8";
			default -> "the Flyway script setting '" + key + "' is not supported (only executeInTransaction "
					+ "and encoding=UTF-8 are)";
		};
		throw new ScriptException(ScriptException.Kind.DIRECTIVE, source, line, 1, problem);
	}

	/**
	 * The {@code .sql.conf} files among a source's files, by the path of the script
	 * beside them.
	 * @param files the files
	 * @return script path → its settings file
	 */
	static Map<String, MigrationFile> byScriptPath(List<MigrationFile> files) {
		Map<String, MigrationFile> settings = new HashMap<>();
		for (MigrationFile file : files) {
			if (file.name().endsWith(SUFFIX)) {
				settings.put(file.path().substring(0, file.path().length() - ".conf".length()), file);
			}
		}
		return settings;
	}

	/**
	 * Logs the settings files that stand beside no script: they apply to nothing.
	 * @param settings the settings files by script path
	 * @param files every file
	 */
	static void warnAboutOrphans(Map<String, MigrationFile> settings, List<MigrationFile> files) {
		if (settings.isEmpty()) {
			return;
		}
		Set<String> scripts = new HashSet<>();
		files.forEach((file) -> scripts.add(file.path()));
		settings.forEach((path, conf) -> {
			if (!scripts.contains(path)) {
				logger.warn("{} stands beside no script {}; it is ignored", conf.path(),
						conf.name().substring(0, conf.name().length() - ".conf".length()));
			}
		});
	}

}
