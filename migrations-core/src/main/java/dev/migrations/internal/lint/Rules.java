package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every lint rule, in the order findings on one statement are reported.
 * <p>
 * Stateless and thread-safe.
 */
final class Rules {

	/** The finding for an allow directive without a reason. */
	static final String ALLOW_NEEDS_REASON = "allow-needs-reason";

	/** The finding for an allow directive naming no known rule. */
	static final String ALLOW_UNKNOWN_RULE = "allow-unknown-rule";

	private static final List<Rule> ALL = all();

	private static final Set<String> IDS = ALL.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());

	private Rules() {
	}

	private static List<Rule> all() {
		List<Rule> rules = new ArrayList<>();
		rules.addAll(IndexRules.rules());
		rules.addAll(AddColumnRules.rules());
		rules.addAll(ConstraintRules.rules());
		rules.addAll(ChangeRules.rules());
		rules.addAll(DataRules.rules());
		rules.addAll(MigrationRules.rules());
		rules.addAll(TableRules.rules());
		return List.copyOf(rules);
	}

	static List<Rule> list() {
		return ALL;
	}

	/**
	 * The ids an allow directive may name.
	 * @return the ids of every rule
	 */
	static Set<String> ids() {
		return IDS;
	}

}
