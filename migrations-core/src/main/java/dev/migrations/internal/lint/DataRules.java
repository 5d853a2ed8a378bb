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
 * The statements of a {@code DO} block's body count as well. One in a loop is flagged
 * however its {@code WHERE} is bounded: the block is one transaction, so a loop of
 * batches holds every batch's row locks until the block ends and commits nothing between
 * them (the guide's own batched loop does this).
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
		if (context.command() instanceof Command.DoBlock block) {
			for (Command.DoBlock.Statement statement : block.body()) {
				if (statement.description().command() instanceof Command.DataChange change
						&& changesExisting(context, change)) {
					if (statement.inLoop()) {
						flags.accept(loop(context, change));
					}
					else if (!bounded(context, change)) {
						flags.accept(unbounded(context, change, " inside a DO block"));
					}
				}
			}
		}
		else if (context.command() instanceof Command.DataChange change && changesExisting(context, change)
				&& !bounded(context, change) && !context.migration().batched(context.index())) {
			flags.accept(unbounded(context, change, ""));
		}
	}

	private static boolean changesExisting(StatementContext context, Command.DataChange change) {
		return !change.verb().equals("INSERT") && context.existing(change.table());
	}

	private static boolean bounded(StatementContext context, Command.DataChange change) {
		return change.bounded() || context.schema().identifiesOneRow(change.table(), change.equalities());
	}

	private static Flag unbounded(StatementContext context, Command.DataChange change, String where) {
		return Flag.at(change.at(), change.verb() + " of " + context.describe(change.table()) + where
				+ " is not bounded by a key range: one statement changes every matching row in one transaction, "
				+ "holding their row locks until commit, writing WAL for all of them and leaving the dead rows for "
				+ "autovacuum (the guide: never run an unbounded UPDATE on a large table).", batched(change, ""));
	}

	private static Flag loop(StatementContext context, Command.DataChange change) {
		return Flag.at(change.at(), change.verb() + " of " + context.describe(change.table())
				+ " runs in a loop inside one DO block: the block is one transaction, so the row locks of every "
				+ "batch are held until the block ends, blocking concurrent writers of those rows for the whole run, "
				+ "and nothing commits between batches.",
				batched(change, " in place of the DO block, each batch committed on its own"));
	}

	private static String batched(Command.DataChange change, String place) {
		TableName table = change.table();
		String example = change.verb().equals("UPDATE")
				? "UPDATE " + table + " SET … WHERE id BETWEEN :batch_start AND :batch_end"
				: "DELETE FROM " + table + " WHERE id BETWEEN :batch_start AND :batch_end";
		return "a batched data migration" + place + ": -- migrate:batch table=" + table
				+ " key=id size=10000 on the line above " + example
				+ "; or bounded statements, one key range each (… WHERE id BETWEEN 1 AND 10000).";
	}

}
