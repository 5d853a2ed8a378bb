package dev.migrations.internal.lint;

import java.util.List;
import java.util.function.Consumer;

import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;

/**
 * The index rules: build, drop and rebuild indexes of existing tables concurrently.
 * <p>
 * Stateless and thread-safe.
 */
final class IndexRules {

	private static final int REINDEX_CONCURRENTLY = 120000;

	private IndexRules() {
	}

	static List<Rule> rules() {
		return List.of(new Rule("index-concurrently", LintSeverity.ERROR, IndexRules::indexConcurrently),
				new Rule("drop-index-concurrently", LintSeverity.ERROR, IndexRules::dropIndexConcurrently),
				new Rule("reindex-concurrently", LintSeverity.ERROR, IndexRules::reindexConcurrently));
	}

	private static void indexConcurrently(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.CreateIndex index) || index.concurrently()
				|| !context.existing(index.table())) {
			return;
		}
		flags.accept(Flag.at(index.at(),
				"CREATE INDEX without CONCURRENTLY on " + context.describe(index.table()) + " holds "
						+ StatementContext.lock(LockLevel.SHARE) + " for as long as it scans the whole table to build "
						+ "the index.",
				guardedBuild(index) + "; alone in its own migration (it cannot run in a transaction; reads and "
						+ "writes go on while it builds)."));
	}

	/**
	 * The concurrent, repeatable form of an index build. {@code IF NOT EXISTS} needs an
	 * index name (PostgreSQL's grammar has it only before one), so an unnamed index gets
	 * a name to fill in.
	 * @param index the build
	 * @return {@code CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS name ON table (…)}
	 */
	static String guardedBuild(Command.CreateIndex index) {
		String name = (index.index() != null) ? index.index().name() : "idx_" + index.table().name() + "_…";
		return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON "
				+ index.table() + " (…)";
	}

	private static void dropIndexConcurrently(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.DropIndex drop) || drop.concurrently()) {
			return;
		}
		for (TableName index : drop.indexes()) {
			TableName table = context.locks().tableOf(index);
			// an index neither the catalog nor the pending set has: IF EXISTS makes it a
			// no-op
			boolean unknown = table.equals(index);
			if ((unknown && !drop.ifExists()) || (!unknown && context.existing(table))) {
				String on = table.equals(index) ? "its table" : context.describe(table);
				flags.accept(Flag.at(drop.at(), "DROP INDEX " + index + " without CONCURRENTLY takes "
						+ StatementContext.lock(LockLevel.ACCESS_EXCLUSIVE) + " on " + on
						+ ", and while it waits for running queries every new query on the table queues behind it.",
						"DROP INDEX CONCURRENTLY IF EXISTS " + index
								+ "; one index per statement, alone in its own migration."));
			}
		}
	}

	private static void reindexConcurrently(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.Reindex reindex) || reindex.concurrently()) {
			return;
		}
		List<StatementEffect.Lock> locks = context.effect().tables();
		if (!locks.isEmpty() && locks.get(0).newTable()) {
			return;
		}
		String on = locks.isEmpty() ? "every table it covers" : context.describe(locks.get(0).table());
		String message = "REINDEX " + reindex.target() + " without CONCURRENTLY holds "
				+ StatementContext.lock(LockLevel.SHARE) + " on " + on + " and an ACCESS EXCLUSIVE lock on each "
				+ "index (blocks the reads that use it) for the whole rebuild.";
		String target = reindex.target()
				+ ((reindex.name() != null) ? " CONCURRENTLY " + reindex.name() : " CONCURRENTLY …");
		if (context.serverVersion() >= REINDEX_CONCURRENTLY) {
			flags.accept(Flag.at(reindex.at(), message, "REINDEX " + target + "; alone in its own migration."));
		}
		else {
			flags.accept(Flag.at(reindex.at(), message,
					"REINDEX CONCURRENTLY needs PostgreSQL 12; until then build a replacement with CREATE INDEX "
							+ "CONCURRENTLY, DROP INDEX CONCURRENTLY the old one, and ALTER INDEX … RENAME TO the old "
							+ "name, each in its own migration.")
				.as(LintSeverity.WARNING));
		}
	}

}
