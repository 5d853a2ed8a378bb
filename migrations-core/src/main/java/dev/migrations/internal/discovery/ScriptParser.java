package dev.migrations.internal.discovery;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.migrations.internal.sql.BatchPlaceholders;

import dev.migrations.ScriptException;
import dev.migrations.Version;
import dev.migrations.internal.discovery.ScriptName.Kind;
import dev.migrations.internal.sql.StatementSplitter;

/**
 * Turns the files of the locations into migrations: names parsed, text decoded as strict
 * UTF-8, sections found, statements split, pairs joined, duplicates refused. Thread-safe.
 */
public final class ScriptParser {

	private final StatementSplitter splitter = new StatementSplitter();

	/**
	 * Parses every file.
	 * @param resources the files
	 * @return the migrations in version order
	 * @throws ScriptException for the first file that cannot be used, naming it (both
	 * files, for a duplicate version)
	 */
	public List<MigrationScript> parse(List<ScriptResource> resources) {
		Map<Version, List<Named>> byVersion = new TreeMap<>();
		for (ScriptResource resource : resources) {
			ScriptName name = ScriptName.parse(resource.name());
			byVersion.computeIfAbsent(name.version(), (version) -> new ArrayList<>()).add(new Named(name, resource));
		}
		List<MigrationScript> scripts = new ArrayList<>(byVersion.size());
		for (List<Named> files : byVersion.values()) {
			scripts.add(toScript(files));
		}
		return scripts;
	}

	private MigrationScript toScript(List<Named> files) {
		Map<Kind, Named> byKind = new LinkedHashMap<>();
		for (Named file : files) {
			Named previous = byKind.putIfAbsent(file.name().kind(), file);
			if (previous != null || (byKind.containsKey(Kind.SECTIONS) && byKind.size() > 1)) {
				throw duplicate(files);
			}
		}
		Named sections = byKind.get(Kind.SECTIONS);
		if (sections != null) {
			return fromSections(sections);
		}
		Named up = byKind.get(Kind.UP);
		Named down = byKind.get(Kind.DOWN);
		if (up == null) {
			throw new ScriptException(down.resource().name(), 0, 0, "has no matching .up.sql file (a pair needs "
					+ down.resource().name().replace(".down.sql", ".up.sql") + ")");
		}
		if (down == null) {
			throw new ScriptException(up.resource().name(), 0, 0, "has no matching .down.sql file: add "
					+ up.resource().name().replace(".up.sql", ".down.sql")
					+ " with the undo, or with the single line '-- migrate:down irreversible' if it cannot be undone");
		}
		return fromPair(up, down);
	}

	private static ScriptException duplicate(List<Named> files) {
		StringBuilder names = new StringBuilder();
		for (Named file : files) {
			names.append((names.length() > 0) ? " and " : "").append(file.resource().path());
		}
		return new ScriptException(files.get(0).resource().name(), 0, 0, "duplicate version "
				+ files.get(0).name().version() + ": claimed by " + names + "; give one of them a new version");
	}

	private MigrationScript fromSections(Named file) {
		String script = file.resource().name();
		SectionReader.Sections sections = new SectionReader(script, decode(file.resource())).read();
		Section up = section(script, sections.up(), sections.upLine());
		if (up.statements().isEmpty()) {
			throw new ScriptException(script, sections.upLine() - 1, 0, "the up section has no SQL statement");
		}
		Section down = sections.irreversible() ? null : section(script, sections.down(), sections.downLine());
		checkPhase(script, sections.directives());
		return new MigrationScript(file.name().version(), file.name().description(), script,
				withBatches(script, up, sections.directives(), Directive.Placement.UP),
				(down != null) ? withBatches(script, down, sections.directives(), Directive.Placement.DOWN) : null,
				checksum(sections.up()), sections.directives());
	}

	private MigrationScript fromPair(Named upFile, Named downFile) {
		String script = upFile.resource().name();
		String upText = decode(upFile.resource());
		Section up = section(script, upText, 1);
		if (up.statements().isEmpty()) {
			throw new ScriptException(script, 0, 0, "the up file has no SQL statement");
		}
		String downText = decode(downFile.resource());
		Section down = SectionReader.isIrreversibleMarker(downText) ? null
				: section(downFile.resource().name(), downText, 1);
		List<Directive> directives = new ArrayList<>(SectionReader.directives(script, upText, Directive.Placement.UP));
		directives.addAll(SectionReader.directives(downFile.resource().name(), downText, Directive.Placement.DOWN));
		return new MigrationScript(upFile.name().version(), upFile.name().description(), script,
				withBatches(script, up, directives, Directive.Placement.UP), (down != null)
						? withBatches(downFile.resource().name(), down, directives, Directive.Placement.DOWN) : null,
				checksum(upText), directives);
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
		Section section = section(source, text, firstLine);
		List<Directive> directives = new ArrayList<>();
		for (Directive directive : SectionReader.directives(source, text, Directive.Placement.DOWN)) {
			directives.add(new Directive(directive.name(), directive.argument(), directive.line() + firstLine - 1,
					Directive.Placement.DOWN));
		}
		return withBatches(source, section, directives, Directive.Placement.DOWN);
	}

	private static void checkPhase(String script, List<Directive> directives) {
		for (Directive directive : directives) {
			if (directive.name().equals("phase") && (directive.placement() != Directive.Placement.HEADER
					|| !(directive.argument().equals("contract") || directive.argument().equals("expand")))) {
				throw new ScriptException(script, directive.line(), 1,
						"'-- migrate:phase' takes 'expand' or 'contract' "
								+ "and stands before '-- migrate:up', e.g. '-- migrate:phase contract'");
			}
		}
	}

	private static Section withBatches(String script, Section section, List<Directive> directives,
			Directive.Placement placement) {
		Map<Integer, BatchSpec> batches = new TreeMap<>();
		for (Directive directive : directives) {
			if (!directive.name().equals("batch") || directive.placement() != placement) {
				continue;
			}
			BatchSpec spec = BatchSpec.parse(script, directive);
			int index = statementAfter(section, directive.line());
			if (index < 0 || !mentionsPlaceholders(section.statements().get(index).sql())) {
				throw new ScriptException(script, directive.line(), 1,
						"-- migrate:batch must stand right above an "
								+ "UPDATE or DELETE that bounds its rows with :batch_start and :batch_end, e.g. "
								+ "'WHERE id BETWEEN :batch_start AND :batch_end'");
			}
			batches.put(index, spec);
		}
		return batches.isEmpty() ? section
				: new Section(section.sql(), section.firstLine(), section.statements(), batches);
	}

	private static int statementAfter(Section section, int line) {
		for (int i = 0; i < section.statements().size(); i++) {
			if (section.statements().get(i).line() > line) {
				return i;
			}
		}
		return -1;
	}

	private static boolean mentionsPlaceholders(String sql) {
		return BatchPlaceholders.count(sql, BatchSpec.START) > 0 && BatchPlaceholders.count(sql, BatchSpec.END) > 0;
	}

	private Section section(String script, String text, int firstLine) {
		return new Section(text, firstLine, this.splitter.split(script, text, firstLine));
	}

	private static String decode(ScriptResource resource) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(resource.content());
		try {
			String text = decoder.decode(bytes).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			int offset = bytes.position();
			throw new ScriptException(resource.name(), lineAt(resource.content(), offset), 0,
					"is not valid UTF-8 (bad byte 0x" + String.format("%02X", resource.content()[offset] & 0xFF)
							+ " at byte offset " + offset + "); save the file as UTF-8");
		}
	}

	private static int lineAt(byte[] content, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < content.length; i++) {
			if (content[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	/**
	 * The checksum of a section: SHA-256 of its text with CRLF and CR line endings turned
	 * into LF, so a checkout with other line endings does not count as an edit.
	 * @param text the section text
	 * @return the hex digest
	 */
	public static String checksum(String text) {
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
		}
	}

	private record Named(ScriptName name, ScriptResource resource) {
	}

}
