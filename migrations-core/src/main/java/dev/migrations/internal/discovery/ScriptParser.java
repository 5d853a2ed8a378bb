package dev.migrations.internal.discovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.migrations.MigrationFile;
import dev.migrations.ScriptException;
import dev.migrations.Version;
import dev.migrations.internal.discovery.ScriptName.Kind;

/**
 * Turns the files of the locations into migrations: names parsed, text decoded as strict
 * UTF-8, sections found and checksummed, pairs joined, duplicates refused
 * ({@link #read}); statements are split when a migration needs them, or all at once
 * ({@link #parseAll}). Thread-safe.
 */
public final class ScriptParser {

	private final boolean flywayMissingDownFails;

	/**
	 * Creates a parser for which a Flyway migration without a {@code U} file is
	 * irreversible.
	 */
	public ScriptParser() {
		this(false);
	}

	/**
	 * Creates a parser.
	 * @param flywayMissingDownFails whether a Flyway {@code V} file without a matching
	 * {@code U} file is an error ({@code migrations.flyway.missing-down=fail}) rather
	 * than an irreversible migration
	 */
	public ScriptParser(boolean flywayMissingDownFails) {
		this.flywayMissingDownFails = flywayMissingDownFails;
	}

	/**
	 * Parses every file, statements included.
	 * @param resources the files
	 * @return the migrations in version order
	 * @throws ScriptException for the first file that cannot be used, naming it (both
	 * files, for a duplicate version)
	 */
	public List<MigrationScript> parse(List<MigrationFile> resources) {
		return parseAll(resources).versioned();
	}

	/**
	 * Parses every file, statements included: versioned migrations, repeatable ones and
	 * callbacks.
	 * @param resources the files
	 * @return the scripts
	 * @throws ScriptException for the first file that cannot be used, naming it (both
	 * files, for a duplicate)
	 */
	public MigrationSet parseAll(List<MigrationFile> resources) {
		return read(resources).parsed();
	}

	/**
	 * Reads every file without splitting its statements: names, sections, directives and
	 * checksums, which is all that comparing files with the history needs.
	 * @param resources the files
	 * @return the scripts, whose statements are split on first use
	 * @throws ScriptException for the first file whose name, encoding or sections cannot
	 * be used, naming it (both files, for a duplicate)
	 */
	public MigrationSet read(List<MigrationFile> resources) {
		Map<Version, List<Named>> byVersion = new TreeMap<>();
		Map<String, RepeatableScript> repeatables = new TreeMap<>();
		List<CallbackScript> callbacks = new ArrayList<>();
		Map<String, MigrationFile> settings = ScriptSettings.byScriptPath(resources);
		for (MigrationFile resource : resources) {
			if (!resource.isSql()) {
				continue;
			}
			ScriptName name = ScriptName.parse(resource.name());
			switch (name.kind()) {
				case REPEATABLE -> {
					RepeatableScript previous = repeatables.put(name.description(),
							repeatable(name, resource, settings.get(resource.path())));
					if (previous != null) {
						throw new ScriptException(ScriptException.Kind.DUPLICATE, resource.name(), 0, 0,
								"duplicate repeatable migration '" + name.description() + "': also "
										+ previous.script());
					}
				}
				case CALLBACK -> callbacks.add(new CallbackScript(name.description(), resource.name(),
						SectionSource.of(resource.name(), ScriptDecoder.decode(resource), 1)));
				default -> byVersion.computeIfAbsent(name.version(), (version) -> new ArrayList<>())
					.add(new Named(name, resource, settings.get(resource.path())));
			}
		}
		ScriptSettings.warnAboutOrphans(settings, resources);
		List<MigrationScript> scripts = versioned(new ArrayList<>(byVersion.values()));
		callbacks.sort((a, b) -> a.script().compareTo(b.script()));
		return new MigrationSet(scripts, new ArrayList<>(repeatables.values()), callbacks);
	}

	/**
	 * Reads each version's files (decoding, sections, checksum), in version order: the
	 * first problem is the one reported.
	 */
	private List<MigrationScript> versioned(List<List<Named>> versions) {
		List<MigrationScript> scripts = new ArrayList<>(versions.size());
		for (List<Named> files : versions) {
			scripts.add(toScript(files));
		}
		return scripts;
	}

	private static RepeatableScript repeatable(ScriptName name, MigrationFile resource, MigrationFile conf) {
		String text = ScriptDecoder.decode(resource);
		boolean sections = text.lines().anyMatch((line) -> line.strip().matches("--\\s*migrate:up"));
		SectionReader.Sections read = sections ? new SectionReader(resource.name(), text).read() : null;
		String up = sections ? read.up() : text;
		int firstLine = sections ? read.upLine() : 1;
		SectionSource source = SectionSource.of(resource.name(), up, firstLine);
		if (!sections) {
			source = source.settings(ScriptSettings.read(resource.name(), text, conf));
		}
		return new RepeatableScript(name.description(), resource.name(), source, checksum(up), text);
	}

	private MigrationScript fromFlyway(Named versioned, Named undo) {
		String script = versioned.resource().name();
		String text = ScriptDecoder.decode(versioned.resource());
		if (undo == null && this.flywayMissingDownFails) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, script, 0, 0, "has no matching undo file U"
					+ versioned.name().version() + "__" + script.substring(script.indexOf("__") + 2)
					+ " (the missingDownPolicy setting is FAIL); add one, or set the missingDownPolicy setting to "
					+ "IRREVERSIBLE");
		}
		SectionSource down = (undo != null)
				? SectionSource.of(undo.resource().name(), ScriptDecoder.decode(undo.resource()), 1) : null;
		List<Directive> directives = SectionReader.directives(script, text, Directive.Placement.UP);
		// an empty or comment-only file is a valid Flyway migration (a marker version):
		// recorded, nothing run
		SectionSource up = SectionSource.of(script, text, 1)
			.settings(ScriptSettings.read(script, text, versioned.settings()))
			.batched(directives, Directive.Placement.UP);
		return new MigrationScript(names(versioned.name(), script), up, down, checksum(text), directives, true);
	}

	private static MigrationScript.Names names(ScriptName name, String script) {
		return new MigrationScript.Names(name.version(), name.description(), script);
	}

	private MigrationScript toScript(List<Named> files) {
		Map<Kind, Named> byKind = new LinkedHashMap<>();
		for (Named file : files) {
			Named previous = byKind.putIfAbsent(file.name().kind(), file);
			boolean flyway = byKind.containsKey(Kind.FLYWAY_VERSIONED) || byKind.containsKey(Kind.FLYWAY_UNDO);
			boolean ours = byKind.containsKey(Kind.SECTIONS) || byKind.containsKey(Kind.UP)
					|| byKind.containsKey(Kind.DOWN);
			if (previous != null || (byKind.containsKey(Kind.SECTIONS) && byKind.size() > 1) || (flyway && ours)) {
				throw duplicate(files);
			}
		}
		if (byKind.containsKey(Kind.FLYWAY_UNDO) && !byKind.containsKey(Kind.FLYWAY_VERSIONED)) {
			Named undo = byKind.get(Kind.FLYWAY_UNDO);
			throw new ScriptException(ScriptException.Kind.SECTIONS, undo.resource().name(), 0, 0,
					"is an undo file with no versioned migration V" + undo.name().version() + "__…sql");
		}
		if (byKind.containsKey(Kind.FLYWAY_VERSIONED)) {
			return fromFlyway(byKind.get(Kind.FLYWAY_VERSIONED), byKind.get(Kind.FLYWAY_UNDO));
		}
		Named sections = byKind.get(Kind.SECTIONS);
		if (sections != null) {
			return fromSections(sections);
		}
		Named up = byKind.get(Kind.UP);
		Named down = byKind.get(Kind.DOWN);
		if (up == null) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, down.resource().name(), 0, 0,
					"has no matching .up.sql file (a pair needs "
							+ down.resource().name().replace(".down.sql", ".up.sql") + ")");
		}
		if (down == null) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, up.resource().name(), 0, 0,
					"has no matching .down.sql file: add " + up.resource().name().replace(".up.sql", ".down.sql")
							+ " with the undo, or with the single line '-- migrate:down irreversible' if it cannot be undone");
		}
		return fromPair(up, down);
	}

	private static ScriptException duplicate(List<Named> files) {
		StringBuilder names = new StringBuilder();
		for (Named file : files) {
			names.append((names.length() > 0) ? " and " : "").append(file.resource().path());
		}
		return new ScriptException(ScriptException.Kind.DUPLICATE, files.get(0).resource().name(), 0, 0,
				"duplicate version " + files.get(0).name().version() + ": claimed by " + names
						+ "; give one of them a new version");
	}

	private static MigrationScript fromSections(Named file) {
		String script = file.resource().name();
		SectionReader.Sections sections = new SectionReader(script, ScriptDecoder.decode(file.resource())).read();
		checkPhase(script, sections.directives());
		SectionSource up = SectionSource.of(script, sections.up(), sections.upLine())
			.required(sections.upLine() - 1,
					"the up section has no SQL statement (a marker version that runs nothing holds a comment saying so)")
			.batched(sections.directives(), Directive.Placement.UP);
		SectionSource down = sections.irreversible() ? null
				: SectionSource.of(script, sections.down(), sections.downLine())
					.batched(sections.directives(), Directive.Placement.DOWN);
		return new MigrationScript(names(file.name(), script), up, down, checksum(sections.up()), sections.directives(),
				false);
	}

	private static MigrationScript fromPair(Named upFile, Named downFile) {
		String script = upFile.resource().name();
		String upText = ScriptDecoder.decode(upFile.resource());
		String downText = ScriptDecoder.decode(downFile.resource());
		List<Directive> directives = new ArrayList<>(SectionReader.directives(script, upText, Directive.Placement.UP));
		directives.addAll(SectionReader.directives(downFile.resource().name(), downText, Directive.Placement.DOWN));
		SectionSource up = SectionSource.of(script, upText, 1)
			.required(0,
					"the up file has no SQL statement (a marker version that runs nothing holds a comment saying so)")
			.batched(directives, Directive.Placement.UP);
		SectionSource down = SectionReader.isIrreversibleMarker(downText) ? null
				: SectionSource.of(downFile.resource().name(), downText, 1)
					.batched(directives, Directive.Placement.DOWN);
		return new MigrationScript(names(upFile.name(), script), up, down, checksum(upText), directives, false);
	}

	/**
	 * Parses a down section as recorded in the history, with its batch directives, for
	 * undo.
	 * @param source a name for errors, such as {@code file.sql (down, as applied)}
	 * @param text the recorded down section
	 * @param firstLine the file line where it started
	 * @return the section
	 * @throws ScriptException if it no longer parses
	 */
	public Section recordedDown(String source, String text, int firstLine) {
		List<Directive> directives = new ArrayList<>();
		for (Directive directive : SectionReader.directives(source, text, Directive.Placement.DOWN)) {
			directives.add(new Directive(directive.name(), directive.argument(), directive.line() + firstLine - 1,
					Directive.Placement.DOWN));
		}
		return SectionSource.of(source, text, firstLine).batched(directives, Directive.Placement.DOWN).section();
	}

	private static void checkPhase(String script, List<Directive> directives) {
		for (Directive directive : directives) {
			if (directive.name().equals("phase") && (directive.placement() != Directive.Placement.HEADER
					|| !(directive.argument().equals("contract") || directive.argument().equals("expand")))) {
				throw new ScriptException(ScriptException.Kind.DIRECTIVE, script, directive.line(), 1,
						"'-- migrate:phase' takes 'expand' or 'contract' "
								+ "and stands before '-- migrate:up', e.g. '-- migrate:phase contract'");
			}
		}
	}

	/**
	 * The checksum of a section: SHA-256 of its text with CRLF and CR line endings turned
	 * into LF, so a checkout with other line endings does not count as an edit.
	 * @param text the section text
	 * @return the hex digest
	 */
	public static String checksum(String text) {
		String normalised = (text.indexOf('\r') < 0) ? text : text.replace("\r\n", "\n").replace('\r', '\n');
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	private record Named(ScriptName name, MigrationFile resource, MigrationFile settings) {
	}

}
