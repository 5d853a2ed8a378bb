package dev.migrations.internal.lint;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.Constraint;
import dev.migrations.internal.sql.ddl.TableAction;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;

/**
 * The constraint rules: prove NOT NULL with a validated check, add checks and foreign
 * keys {@code NOT VALID} and validate them later, and build unique indexes concurrently.
 * <p>
 * Stateless and thread-safe.
 */
final class ConstraintRules {

	private static final int SET_NOT_NULL_USES_CHECKS = 120000;

	private static final String AE = StatementContext.lock(LockLevel.ACCESS_EXCLUSIVE);

	private ConstraintRules() {
	}

	static List<Rule> rules() {
		return List.of(new Rule("set-not-null", LintSeverity.WARNING, ConstraintRules::setNotNull),
				new Rule("check-not-valid", LintSeverity.ERROR, ConstraintRules::checkNotValid),
				new Rule("fk-not-valid", LintSeverity.ERROR, ConstraintRules::fkNotValid),
				new Rule("validate-separately", LintSeverity.ERROR, ConstraintRules::validateSeparately),
				new Rule("unique-via-index", LintSeverity.ERROR, ConstraintRules::uniqueViaIndex));
	}

	private static void forActions(StatementContext context, BiConsumer<TableName, TableAction> each) {
		if (context.command() instanceof Command.AlterTable alter && context.existing(alter.table())) {
			alter.actions().forEach((action) -> each.accept(alter.table(), action));
		}
	}

	private static void setNotNull(StatementContext context, Consumer<Flag> flags) {
		forActions(context, (table, action) -> {
			if (action instanceof TableAction.SetNotNull set
					&& context.schema().setNotNullScans(table, set.column(), context.serverVersion())) {
				String check = table.name() + "_" + set.column() + "_not_null";
				String steps = "ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + set.column()
						+ " IS NOT NULL) NOT VALID; then, in a later migration, ALTER TABLE " + table
						+ " VALIDATE CONSTRAINT " + check + "; (SHARE UPDATE EXCLUSIVE: reads and writes go on)";
				String alternative = (context.serverVersion() >= SET_NOT_NULL_USES_CHECKS)
						? steps + " ALTER TABLE " + table + " ALTER COLUMN " + set.column()
								+ " SET NOT NULL; (PostgreSQL "
								+ "12+ sees the validated check and skips the scan) ALTER TABLE " + table
								+ " DROP CONSTRAINT " + check + ";"
						: "before PostgreSQL 12 SET NOT NULL always scans, so keep the validated check instead: "
								+ steps;
				flags.accept(Flag.at(set.at(),
						"SET NOT NULL on column " + set.column() + " of " + context.describe(table) + " holds " + AE
								+ " while it scans every row for NULLs, even after "
								+ "a complete backfill (as in the guide's third step).",
						alternative));
			}
		});
	}

	private static void checkNotValid(StatementContext context, Consumer<Flag> flags) {
		forActions(context, (table, action) -> {
			if (action instanceof TableAction.AddConstraint add && add.constraint().kind() == Constraint.Kind.CHECK
					&& !add.constraint().notValid()) {
				String name = (add.constraint().name() != null) ? add.constraint().name() : table.name() + "_check";
				flags.accept(
						Flag.at(add.at(),
								"ADD CHECK without NOT VALID on " + context.describe(table) + " holds " + AE
										+ " while it scans every row.",
								notValidThenValidate(table, name, "CHECK (…)")));
			}
			else if (action instanceof TableAction.AddColumn add && add.column().keys().check()) {
				flags.accept(Flag.at(add.at(),
						"ADD COLUMN " + add.column().name() + " with an inline CHECK on " + context.describe(table)
								+ " holds " + AE + " while it scans every row to verify it.",
						"add the column without it, then " + notValidThenValidate(table,
								table.name() + "_" + add.column().name() + "_check", "CHECK (…)")));
			}
		});
	}

	private static String notValidThenValidate(TableName table, String name, String definition) {
		return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition + " NOT VALID; then, in a later "
				+ "migration, ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name
				+ "; (SHARE UPDATE EXCLUSIVE: reads and writes go on while it scans)";
	}

	private static void fkNotValid(StatementContext context, Consumer<Flag> flags) {
		forActions(context, (table, action) -> {
			TableName referenced = null;
			String what = null;
			if (action instanceof TableAction.AddConstraint add
					&& add.constraint().kind() == Constraint.Kind.FOREIGN_KEY && !add.constraint().notValid()) {
				referenced = add.constraint().references();
				what = "ADD FOREIGN KEY without NOT VALID";
			}
			else if (action instanceof TableAction.AddColumn add && add.column().references() != null) {
				referenced = add.column().references();
				what = "ADD COLUMN " + add.column().name() + " REFERENCES (an inline foreign key, never NOT VALID)";
			}
			if (what != null) {
				String other = (referenced != null) ? referenced.toString() : "the referenced table";
				flags.accept(Flag.at(action.at(),
						what + " on " + context.describe(table) + " takes "
								+ StatementContext.lock(LockLevel.SHARE_ROW_EXCLUSIVE) + " on " + table + " and on "
								+ other + " while it scans every row of " + table + ".",
						notValidThenValidate(table,
								table.name() + "_" + ((referenced != null) ? referenced.name() : "") + "_fkey",
								"FOREIGN KEY (…) REFERENCES " + other + " (…)")));
			}
		});
	}

	private static void validateSeparately(StatementContext context, Consumer<Flag> flags) {
		if (!context.migration().transactional()) {
			return;
		}
		forActions(context, (table, action) -> {
			if (action instanceof TableAction.ValidateConstraint validate
					&& context.schema().addedNotValidInThisMigration(table, validate.name())) {
				flags.accept(Flag.at(validate.at(), "VALIDATE CONSTRAINT " + validate.name() + " in the same migration "
						+ "as its ADD … NOT VALID: the transaction still holds the ADD's lock on " + table
						+ " (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE for a foreign key) while the validation "
						+ "scans every row, so NOT VALID bought nothing.",
						"move ALTER TABLE " + table + " VALIDATE CONSTRAINT " + validate.name()
								+ "; to a later migration."));
			}
		});
	}

	private static void uniqueViaIndex(StatementContext context, Consumer<Flag> flags) {
		forActions(context, (table, action) -> {
			String what = null;
			if (action instanceof TableAction.AddConstraint add && !add.constraint().usingIndex()
					&& (add.constraint().kind() == Constraint.Kind.UNIQUE
							|| add.constraint().kind() == Constraint.Kind.PRIMARY_KEY)) {
				what = "ADD " + ((add.constraint().kind() == Constraint.Kind.UNIQUE) ? "UNIQUE" : "PRIMARY KEY");
			}
			else if (action instanceof TableAction.AddColumn add
					&& (add.column().keys().unique() || add.column().keys().primaryKey())) {
				what = "ADD COLUMN " + add.column().name() + " "
						+ (add.column().keys().unique() ? "UNIQUE" : "PRIMARY KEY");
			}
			if (what != null) {
				String index = table.name() + "_key";
				String kind = what.endsWith("UNIQUE") ? "UNIQUE" : "PRIMARY KEY";
				flags.accept(Flag.at(action.at(),
						what + " on " + context.describe(table) + " builds its unique index " + "under " + AE
								+ ", scanning the whole table.",
						"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + index + " ON " + table
								+ " (…); alone in its migration, then ALTER TABLE " + table + " ADD CONSTRAINT " + index
								+ " " + kind + " USING INDEX " + index + "; (a brief lock, no scan)."));
			}
		});
	}

}
