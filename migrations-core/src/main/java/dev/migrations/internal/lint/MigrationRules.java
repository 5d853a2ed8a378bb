package dev.migrations.internal.lint;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;

/**
 * The rules about a migration as a unit: statements that cannot run in a transaction
 * stand alone (and are safe to repeat), one strong lock per migration, the engine owns
 * the transaction, and a lone {@code $} (a dollar quote mistyped) is named as such.
 * <p>
 * Stateless and thread-safe.
 */
final class MigrationRules {

	private static final int ADD_VALUE_IN_TRANSACTION = 120000;

	private MigrationRules() {
	}

	static List<Rule> rules() {
		return List.of(new Rule("concurrently-alone", LintSeverity.ERROR, MigrationRules::concurrentlyAlone),
				new Rule("one-strong-lock", LintSeverity.ERROR, MigrationRules::oneStrongLock),
				new Rule("lone-dollar", LintSeverity.ERROR, MigrationRules::loneDollar),
				new Rule("no-transaction-control", LintSeverity.ERROR, MigrationRules::noTransactionControl),
				new Rule("enum-value-in-tx", LintSeverity.ERROR, MigrationRules::enumValueInTransaction),
				new Rule("prefer-robust", LintSeverity.WARNING, MigrationRules::preferRobust));
	}

	private static boolean addValueOutsideTransaction(StatementContext context) {
		return context.command() instanceof Command.AddEnumValue && context.serverVersion() < ADD_VALUE_IN_TRANSACTION;
	}

	private static void concurrentlyAlone(StatementContext context, Consumer<Flag> flags) {
		// enum-value-in-tx says the same of ADD VALUE, more precisely
		if (!context.autocommit() || !context.shared() || addValueOutsideTransaction(context)) {
			return;
		}
		String keywords = String.join(" ", context.statement().leadingKeywords(4));
		flags.accept(Flag.at(null, keywords + " cannot run inside a transaction, so the whole migration runs "
				+ "statement by statement without one: if a later statement fails, the earlier ones stay applied and "
				+ "the migration is left half done.",
				"give it a migration of its own, holding only this statement (" + context.excerpt()
						+ "); the engine runs that one outside a transaction."));
	}

	private static void oneStrongLock(StatementContext context, Consumer<Flag> flags) {
		if (!context.migration().transactional()) {
			return;
		}
		Set<TableName> held = null;
		for (StatementEffect.Lock lock : context.effect().tables()) {
			if (lock.level() != LockLevel.ACCESS_EXCLUSIVE || lock.newTable()) {
				continue;
			}
			held = (held != null) ? held : context.schema().exclusivelyLocked();
			if (!held.isEmpty() && !held.contains(lock.table())) {
				String others = String.join(", ", held.stream().map(TableName::toString).sorted().toList());
				flags.accept(Flag.at(null, "This migration already holds ACCESS EXCLUSIVE on " + others
						+ " and now takes it on " + lock.table() + " too: all stay locked (no reads, no writes) until "
						+ "the migration commits, and taking them one after another can deadlock with the application.",
						"one change per migration (the guide's golden rule): split it so that each migration takes "
								+ "ACCESS EXCLUSIVE on one existing table."));
				return;
			}
		}
	}

	private static void loneDollar(StatementContext context, Consumer<Flag> flags) {
		Token dollar = context.migration().loneDollar(context.index());
		if (dollar != null) {
			flags.accept(Flag.at(dollar,
					"`$` alone is not a dollar quote: did you mean `$$`? PostgreSQL refuses it "
							+ "(syntax error at or near \"$\"), and the text after it is no quoted body: each of its "
							+ "semicolons ends a statement, so a BEGIN or END in it reads as transaction control.",
					"a dollar quote on both sides of the body, as in DO $$ BEGIN … END $$; or with a tag, "
							+ "DO $body$ … $body$;"));
		}
	}

	private static void noTransactionControl(StatementContext context, Consumer<Flag> flags) {
		// After a lone $, lone-dollar says what is wrong: the BEGIN and END are a body's
		if (context.command() instanceof Command.TransactionControl control
				&& !context.migration().afterLoneDollar(context.index())) {
			flags.accept(Flag.at(control.at(), control.keyword() + " inside a migration: the engine owns the "
					+ "transaction (a migration and its history record commit together), so ending or nesting it "
					+ "here leaves the migration half applied or its history wrong.",
					"remove it; a statement that cannot run in a transaction (such as CREATE INDEX CONCURRENTLY) goes "
							+ "alone in a migration of its own, which the engine runs without one."));
		}
	}

	private static void enumValueInTransaction(StatementContext context, Consumer<Flag> flags) {
		if (!addValueOutsideTransaction(context) || !context.shared()) {
			return;
		}
		Command.AddEnumValue add = (Command.AddEnumValue) context.command();
		flags.accept(Flag.at(add.at(), "ALTER TYPE " + add.type() + " ADD VALUE cannot run inside a transaction "
				+ "before PostgreSQL 12, so this migration cannot run in one and its other statements would run "
				+ "unprotected.",
				"a migration of its own: ALTER TYPE " + add.type() + " ADD VALUE IF NOT EXISTS '…';"));
	}

	private static void preferRobust(StatementContext context, Consumer<Flag> flags) {
		if (!context.autocommit()) {
			return;
		}
		String guarded = null;
		String problem = "This statement runs outside a transaction, so nothing undoes it when the migration stops: "
				+ "if it is retried after a crash between the statement and its history record, ";
		if (context.command() instanceof Command.CreateIndex index && !index.ifNotExists()) {
			guarded = IndexRules.guardedBuild(index);
			problem += (index.index() != null) ? "it fails on the index the first attempt built."
					: "it builds a second index under a new name, and an unnamed index cannot say IF NOT EXISTS "
							+ "(PostgreSQL allows it only before an index name): name it.";
		}
		else if (context.command() instanceof Command.DropIndex drop && !drop.ifExists() && !drop.indexes().isEmpty()) {
			guarded = "DROP INDEX CONCURRENTLY IF EXISTS " + drop.indexes().get(0);
			problem += "it fails on the index the first attempt dropped.";
		}
		else if (context.command() instanceof Command.AddEnumValue add && !add.ifNotExists()) {
			guarded = "ALTER TYPE " + add.type() + " ADD VALUE IF NOT EXISTS '…'";
			problem += "it fails on the value the first attempt added.";
		}
		if (guarded != null) {
			flags.accept(Flag.at(null, problem, guarded + ";"));
		}
	}

}
