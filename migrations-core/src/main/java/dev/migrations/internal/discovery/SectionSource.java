package dev.migrations.internal.discovery;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.migrations.ScriptException;
import dev.migrations.internal.sql.BatchPlaceholders;
import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.StatementSplitter;

/**
 * The text of one section as read from its file, split into a {@link Section} only when
 * someone needs its statements: a migration that is already applied is only checksummed,
 * never split. The split, with its checks (a section that must hold a statement, batch
 * directives that must stand above a statement with their placeholders), runs at most
 * once.
 * <p>
 * Thread-safe: splitting is pure, so two threads racing compute the same section.
 */
final class SectionSource {

	private static final StatementSplitter SPLITTER = new StatementSplitter();

	private final String script;

	private final String text;

	private final int firstLine;

	private final List<Directive> directives;

	private final Directive.Placement placement;

	private final int emptyLine;

	private final String emptyProblem;

	private final boolean outsideTransaction;

	private volatile Section section;

	private SectionSource(String script, String text, int firstLine, List<Directive> directives,
			Directive.Placement placement, int emptyLine, String emptyProblem, boolean outsideTransaction) {
		this.script = script;
		this.text = text;
		this.firstLine = firstLine;
		this.directives = List.copyOf(directives);
		this.placement = placement;
		this.emptyLine = emptyLine;
		this.emptyProblem = emptyProblem;
		this.outsideTransaction = outsideTransaction;
	}

	/**
	 * A section without batched statements, which may be empty.
	 * @param script the file name, for errors
	 * @param text the section's text
	 * @param firstLine the file line where it starts
	 * @return the source
	 */
	static SectionSource of(String script, String text, int firstLine) {
		return new SectionSource(script, text, firstLine, List.of(), null, 0, null, false);
	}

	/**
	 * This section with the batch directives that stand in it.
	 * @param directives the file's directives
	 * @param placement the placement of this section's directives
	 * @return the source
	 */
	SectionSource batched(List<Directive> directives, Directive.Placement placement) {
		return new SectionSource(this.script, this.text, this.firstLine, directives, placement, this.emptyLine,
				this.emptyProblem, this.outsideTransaction);
	}

	/**
	 * This section, which must hold a statement or at least a comment: a section of
	 * comments only is a marker version, recorded without running anything, while a blank
	 * one is taken for a mistake.
	 * @param line the line to report when it holds neither (0 for the whole file)
	 * @param problem what to report
	 * @return the source
	 */
	SectionSource required(int line, String problem) {
		return new SectionSource(this.script, this.text, this.firstLine, this.directives, this.placement, line, problem,
				this.outsideTransaction);
	}

	/**
	 * This section, run as its file's settings say.
	 * @param settings the settings
	 * @return the source
	 */
	SectionSource settings(ScriptSettings settings) {
		return new SectionSource(this.script, this.text, this.firstLine, this.directives, this.placement,
				this.emptyLine, this.emptyProblem, !settings.executeInTransaction());
	}

	String text() {
		return this.text;
	}

	int firstLine() {
		return this.firstLine;
	}

	/**
	 * The section, split on first use.
	 * @return the section
	 * @throws ScriptException if the text does not split, a required statement is
	 * missing, or a batch directive stands where it cannot apply
	 */
	Section section() {
		Section result = this.section;
		if (result == null) {
			result = split();
			this.section = result;
		}
		return result;
	}

	private Section split() {
		List<SqlStatement> statements = SPLITTER.split(this.script, this.text, this.firstLine);
		if (statements.isEmpty() && this.emptyProblem != null && !hasComment()) {
			throw new ScriptException(ScriptException.Kind.SECTIONS, this.script, this.emptyLine, 0, this.emptyProblem);
		}
		return new Section(this.text, this.firstLine, statements, batches(statements), this.outsideTransaction);
	}

	private boolean hasComment() {
		return this.text.contains("--") || this.text.contains("/*");
	}

	private Map<Integer, BatchSpec> batches(List<SqlStatement> statements) {
		Map<Integer, BatchSpec> batches = new TreeMap<>();
		for (Directive directive : this.directives) {
			if (!directive.name().equals("batch") || directive.placement() != this.placement) {
				continue;
			}
			BatchSpec spec = BatchSpec.parse(this.script, directive);
			int index = statementAfter(statements, directive.line());
			if (index < 0 || !mentionsPlaceholders(statements.get(index))) {
				throw new ScriptException(ScriptException.Kind.DIRECTIVE, this.script, directive.line(), 1,
						"-- migrate:batch must stand right above an "
								+ "UPDATE or DELETE that bounds its rows with :batch_start and :batch_end, e.g. "
								+ "'WHERE id BETWEEN :batch_start AND :batch_end'");
			}
			batches.put(index, spec);
		}
		return batches;
	}

	private static int statementAfter(List<SqlStatement> statements, int line) {
		for (int i = 0; i < statements.size(); i++) {
			if (statements.get(i).line() > line) {
				return i;
			}
		}
		return -1;
	}

	private static boolean mentionsPlaceholders(SqlStatement statement) {
		return BatchPlaceholders.count(statement, BatchSpec.START) > 0
				&& BatchPlaceholders.count(statement, BatchSpec.END) > 0;
	}

}
