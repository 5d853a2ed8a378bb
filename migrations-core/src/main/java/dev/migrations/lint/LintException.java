package dev.migrations.lint;

import java.util.List;
import java.util.stream.Collectors;

import dev.migrations.MigrationException;

/**
 * The safety linter found an unsuppressed error in a pending migration, and lint mode is
 * {@link LintMode#FAIL}: nothing was run. Each finding names its file, line and column,
 * the danger and the safe alternative.
 */
public class LintException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final transient List<LintFinding> findings;

	/**
	 * Creates the exception.
	 * @param findings every finding of the pending migrations (the blocking ones and the
	 * rest)
	 */
	public LintException(List<LintFinding> findings) {
		super("The safety linter stopped migrate (" + findings.stream().filter(LintFinding::blocking).count()
				+ " error(s)); fix them, or allow one on purpose with '-- migrate:allow <rule-id> <reason>' on the line "
				+ "before the statement, or set the lintMode setting to WARN:\n"
				+ findings.stream()
					.filter(LintFinding::blocking)
					.map((finding) -> "  " + finding.format())
					.collect(Collectors.joining("\n")));
		this.findings = List.copyOf(findings);
	}

	/**
	 * Every finding.
	 * @return the findings
	 */
	public List<LintFinding> getFindings() {
		return this.findings;
	}

}
