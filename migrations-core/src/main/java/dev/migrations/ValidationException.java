package dev.migrations;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The files and the history disagree: an applied migration was edited or removed, or a
 * pending one is out of order. Nothing was run.
 */
public class ValidationException extends MigrationException {

	private static final long serialVersionUID = 1L;

	private final transient List<ValidationProblem> problems;

	/**
	 * Creates an exception listing every problem found.
	 * @param problems the problems, at least one
	 */
	public ValidationException(List<ValidationProblem> problems) {
		super("Validation failed (" + problems.size() + " problem" + ((problems.size() == 1) ? "" : "s") + "):\n"
				+ problems.stream().map((problem) -> "  - " + problem.message()).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Every problem found.
	 * @return the problems
	 */
	public List<ValidationProblem> getProblems() {
		return this.problems;
	}

}
