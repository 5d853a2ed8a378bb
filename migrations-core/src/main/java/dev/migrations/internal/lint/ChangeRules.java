package dev.migrations.internal.lint;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.migrations.internal.sql.ddl.ColumnType;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.TableAction;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;

/**
 * The rules for changes that break running code or rewrite: column type changes, renames,
 * and drops, which the guide does by expand/contract and rename-before-drop.
 * <p>
 * Stateless and thread-safe.
 */
final class ChangeRules {

	private static final String AE = StatementContext.lock(LockLevel.ACCESS_EXCLUSIVE);

	private ChangeRules() {
	}

	static List<Rule> rules() {
		return List.of(new Rule("change-column-type", LintSeverity.ERROR, ChangeRules::changeColumnType),
				new Rule("rename-column", LintSeverity.ERROR, ChangeRules::renameColumn),
				new Rule("rename-table", LintSeverity.ERROR, ChangeRules::renameTable),
				new Rule("drop-column", LintSeverity.ERROR, ChangeRules::dropColumn),
				new Rule("drop-table", LintSeverity.ERROR, ChangeRules::dropTable));
	}

	private static void changeColumnType(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.AlterTable alter) || !context.existing(alter.table())) {
			return;
		}
		for (TableAction action : alter.actions()) {
			if (action instanceof TableAction.AlterColumnType change
					&& context.locks().rewritesType(alter.table(), change)) {
				Optional<ColumnType> current = context.schema().columnType(alter.table(), change.column());
				String why = change.using() ? "USING converts every value"
						: current
							.map((type) -> "from " + type + "; only binary-compatible changes, such as varchar(n) "
									+ "to text or to a wider varchar, keep the rows as they are")
							.orElse("the column's current type is unknown, so the change cannot be shown to be "
									+ "binary-compatible");
				String type = (change.type() != null) ? change.type().toString() : "…";
				flags.accept(Flag.at(change.at(),
						"ALTER COLUMN " + change.column() + " TYPE " + type + " on " + context.describe(alter.table())
								+ " rewrites the table and rebuilds its indexes under " + AE + " (" + why + ").",
						"expand/contract: ALTER TABLE " + alter.table() + " ADD COLUMN " + change.column() + "_new "
								+ type + "; write both columns from the code; backfill in key-range batches; switch "
								+ "reads; then drop " + change.column() + " in a contract-phase migration."));
			}
		}
	}

	private static void renameColumn(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.AlterTable alter) || !context.existing(alter.table())) {
			return;
		}
		for (TableAction action : alter.actions()) {
			if (action instanceof TableAction.RenameColumn rename) {
				flags.accept(Flag.at(rename.at(), "RENAME COLUMN " + rename.from() + " TO " + rename.to() + " on "
						+ context.describe(alter.table()) + ": the old name disappears at commit and every running "
						+ "instance that still uses it fails (the guide: never rename in one step while the app is "
						+ "live).",
						"expand/contract: ALTER TABLE " + alter.table() + " ADD COLUMN " + rename.to()
								+ " …; copy in key-range batches; deploy code that writes both; then ALTER TABLE "
								+ alter.table() + " DROP COLUMN " + rename.from()
								+ " in a later migration marked -- migrate:phase contract."));
			}
		}
	}

	private static void renameTable(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.AlterTable alter) || !context.existing(alter.table())) {
			return;
		}
		for (TableAction action : alter.actions()) {
			if (action instanceof TableAction.RenameTable rename && !rename.to().isSoftDeleted()) {
				TableName from = alter.table();
				flags.accept(Flag.at(rename.at(),
						"Renaming " + context.describe(from) + " to " + rename.to()
								+ ": every running instance that still queries " + from.name() + " fails at commit.",
						"keep the old name working with a view until no code uses it: ALTER TABLE " + from
								+ " RENAME TO " + rename.to().name() + "; CREATE VIEW " + from + " AS SELECT * FROM "
								+ rename.to().name() + "; (drop the view in a later migration), or expand/contract "
								+ "with a new table. A soft delete is fine: RENAME TO " + from.softDeletedName()
								+ "."));
			}
		}
	}

	private static void dropColumn(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.AlterTable alter) || !context.existing(alter.table())
				|| context.migration().contractPhase()) {
			return;
		}
		for (TableAction action : alter.actions()) {
			if (action instanceof TableAction.DropColumn drop) {
				flags.accept(Flag.at(drop.at(), "DROP COLUMN " + drop.column() + " on "
						+ context.describe(alter.table())
						+ " outside a contract-phase migration: instances still running the old code fail as soon as "
						+ "it commits (the drop itself takes a brief ACCESS EXCLUSIVE lock and does not rewrite).",
						"stop using " + drop.column() + " in the code first, then drop it in a migration whose header "
								+ "has -- migrate:phase contract (held until the contractEnabled setting is true): "
								+ "ALTER TABLE " + alter.table() + " DROP COLUMN " + drop.column() + ";"));
			}
		}
	}

	private static void dropTable(StatementContext context, Consumer<Flag> flags) {
		if (!(context.command() instanceof Command.DropTable drop)) {
			return;
		}
		for (TableName table : drop.tables()) {
			if (!context.existing(table)) {
				continue;
			}
			if (!table.isSoftDeleted()) {
				flags.accept(Flag.at(drop.at(), "DROP TABLE of " + context.describe(table)
						+ " is irreversible and breaks every instance still using it; it also takes " + AE + ".",
						"the guide's rename-before-drop: ALTER TABLE " + table + " RENAME TO " + table.softDeletedName()
								+ "; now, and DROP TABLE " + table.softDeletedName()
								+ "; in a later release, once nothing has failed."));
			}
			else if (context.schema().softDeletedInPending(table)) {
				flags.accept(Flag.at(drop.at(),
						"DROP TABLE " + table + " in the same release as the rename that "
								+ "soft-deleted it: the rename has had no time to show that nothing uses the table.",
						"keep ALTER TABLE … RENAME TO " + table.name() + " in this release and move DROP TABLE " + table
								+ "; to a later one."));
			}
		}
	}

}
