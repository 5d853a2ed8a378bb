package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.migrations.internal.discovery.Directive;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintSeverity;

/**
 * The {@code -- migrate:allow <rule-id> <reason>} directives of one migration: in the
 * header they silence a rule for the whole file, in the up section for the statement that
 * follows (only blank or comment lines between). Silenced findings stay, marked
 * suppressed, with the reason. An allow without a reason, or naming no known rule, is
 * itself an error and silences nothing.
 * <p>
 * Not thread-safe; one per migration.
 */
final class Suppressions {

	private final MigrationFacts migration;

	private final Map<String, String> fileWide = new HashMap<>();

	private final Map<Integer, Map<String, String>> perStatement = new HashMap<>();

	private final List<LintFinding> problems = new ArrayList<>();

	Suppressions(MigrationFacts migration) {
		this.migration = migration;
		for (Directive allow : migration.script().directives("allow")) {
			read(allow);
		}
	}

	private void read(Directive allow) {
		String argument = allow.argument().strip();
		int space = indexOfWhitespace(argument);
		String rule = (space < 0) ? argument : argument.substring(0, space);
		String reason = (space < 0) ? "" : argument.substring(space).strip();
		if (!Rules.ids().contains(rule)) {
			this.problems.add(problem(Rules.ALLOW_UNKNOWN_RULE, allow,
					(rule.isEmpty() ? "-- migrate:allow names no rule"
							: "-- migrate:allow names unknown rule '" + rule + "'") + "; known rules: "
							+ String.join(", ", new TreeSet<>(Rules.ids())) + ".",
					"-- migrate:allow <rule-id> <why the risk is acceptable here>"));
		}
		else if (reason.isEmpty()) {
			this.problems.add(problem(Rules.ALLOW_NEEDS_REASON, allow,
					"-- migrate:allow " + rule
							+ " gives no reason, so it silences nothing: say why the risk is acceptable here.",
					"-- migrate:allow " + rule + " <reason>, e.g. -- migrate:allow " + rule
							+ " the table holds a few hundred rows and is read-only during deploys"));
		}
		else if (allow.placement() == Directive.Placement.HEADER) {
			this.fileWide.putIfAbsent(rule, reason);
		}
		else if (allow.placement() == Directive.Placement.UP) {
			for (int i = 0; i < this.migration.statements().size(); i++) {
				if (this.migration.precedes(allow, i)) {
					this.perStatement.computeIfAbsent(i, (index) -> new HashMap<>()).putIfAbsent(rule, reason);
					break;
				}
			}
		}
	}

	private static int indexOfWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private LintFinding problem(String rule, Directive allow, String message, String alternative) {
		return new LintFinding(rule, LintSeverity.ERROR, this.migration.script().script(), allow.line(), 1, message,
				alternative, false, null);
	}

	/**
	 * The findings of the allow directives themselves.
	 * @return the errors, in file order
	 */
	List<LintFinding> problems() {
		return List.copyOf(this.problems);
	}

	/**
	 * A finding, suppressed if an allow covers it.
	 * @param finding the finding
	 * @param statement the index of its statement in the up section
	 * @return the finding, suppressed or as it was
	 */
	LintFinding apply(LintFinding finding, int statement) {
		String reason = this.perStatement.getOrDefault(statement, Map.of()).get(finding.ruleId());
		if (reason == null) {
			reason = this.fileWide.get(finding.ruleId());
		}
		return (reason != null) ? finding.suppress(reason) : finding;
	}

}
