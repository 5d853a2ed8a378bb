package dev.migrations.internal.lint;

import java.util.List;
import java.util.function.Consumer;

import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintSeverity;

/**
 * The data rule: an {@code UPDATE} or {@code DELETE} of an existing table is batched or
 * bounded by a key range, as the guide's "Large-Table Migrations" asks. An equality on
 * every column of the primary key or of a unique constraint or index changes one row at
 * most, and is bounded too. Whether the table is large does not matter: the planner's
 * estimate is only quoted in the message, so a finding never depends on the statistics of
 * the database it was linted against.
 * <p>
 * Stateless and thread-safe.
 */
final class DataRules {

	private DataRules() {
	}

	static List<Rule> rules() {
		return List.of(new Rule("batch-large-update", LintSeverity.ERROR, DataRules::batchLargeUpdate));
	}

	private static void batchLargeUpdate(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.DataChange change) || change.verb().equals("INSERT")
				|| change.bounded() || !context.existing(change.table())
				|| context.schema().identifiesOneRow(change.table(), change.equalities())
				|| context.migration().batched(context.index())) {
			return;
		}
		TableName table = change.table();
		String example = change.verb().equals("UPDATE")
				? "UPDATE " + table + " SET … WHERE id BETWEEN :batch_start AND " + ":batch_end"
				: "DELETE FROM " + table + " WHERE id BETWEEN :batch_start AND :batch_end";
		flags.accept(Flag.at(change.at(), change.verb() + " of " + context.describe(table)
				+ " is not bounded by a key range: one statement changes every matching row in one transaction, "
				+ "holding their row locks until commit, writing WAL for all of them and leaving the dead rows for "
				+ "autovacuum (the guide: never run an unbounded UPDATE on a large table).",
				"a batched data migration: -- migrate:batch table=" + table + " key=id size=10000 on the line above "
						+ example + "; or bounded statements, one key range each (… WHERE id BETWEEN 1 AND 10000)."));
	}

}
