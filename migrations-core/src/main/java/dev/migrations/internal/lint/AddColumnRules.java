package dev.migrations.internal.lint;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.migrations.internal.sql.ddl.ColumnDefinition;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.DefaultValue;
import dev.migrations.internal.sql.ddl.TableAction;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;

/**
 * The {@code ADD COLUMN} rules: a required column without a default, a default that
 * rewrites, and columns that fill every existing row.
 * <p>
 * Stateless and thread-safe.
 */
final class AddColumnRules {

	private static final int STORED_DEFAULTS = 110000;

	private static final String AE = StatementContext.lock(LockLevel.ACCESS_EXCLUSIVE);

	private AddColumnRules() {
	}

	static List<Rule> rules() {
		return List.of(new Rule("add-required-column", LintSeverity.ERROR, AddColumnRules::addRequiredColumn),
				new Rule("add-column-volatile-default", LintSeverity.ERROR, AddColumnRules::addColumnVolatileDefault),
				new Rule("add-column-rewrite", LintSeverity.ERROR, AddColumnRules::addColumnRewrite));
	}

	/**
	 * Calls back for each column an {@code ALTER TABLE} adds to an existing table.
	 * @param context the statement
	 * @param each receives the table and the added column
	 */
	static void forAddedColumns(StatementContext context, BiConsumer<TableName, TableAction.AddColumn> each) {
		if (context.command() instanceof Command.AlterTable alter && context.existing(alter.table())) {
			for (TableAction action : alter.actions()) {
				if (action instanceof TableAction.AddColumn add) {
					each.accept(alter.table(), add);
				}
			}
		}
	}

	private static void addRequiredColumn(StatementContext context, Consumer<Flag> flags) {
		forAddedColumns(context, (table, add) -> {
			ColumnDefinition column = add.column();
			if (column.notNull() && !column.defaultValue().present() && !column.fillsEveryRow()) {
				flags.accept(Flag.at(add.at(),
						"ADD COLUMN " + column.name() + " NOT NULL without a DEFAULT on " + context.describe(table)
								+ " takes " + AE + " and fails as soon as the table has a row, "
								+ "since every existing row would hold NULL.",
						threeSteps(context, table, column)));
			}
		});
	}

	private static String threeSteps(StatementContext context, TableName table, ColumnDefinition column) {
		String type = (column.type() != null) ? column.type().toString() : "…";
		String check = table.name() + "_" + column.name() + "_not_null";
		String constant = (context.serverVersion() >= STORED_DEFAULTS)
				? " Or, when one constant fits every existing " + "row: ADD COLUMN " + column.name() + " " + type
						+ " NOT NULL DEFAULT <constant> (no rewrite on " + "PostgreSQL 11+)."
				: "";
		return "the guide's three steps, each its own migration: (1) ALTER TABLE " + table + " ADD COLUMN "
				+ column.name() + " " + type + "; (2) backfill in key-range batches: UPDATE " + table + " SET "
				+ column.name() + " = … WHERE " + column.name()
				+ " IS NULL AND id BETWEEN 1 AND 10000; (3) ALTER TABLE " + table + " ADD CONSTRAINT " + check
				+ " CHECK (" + column.name() + " IS NOT NULL) NOT VALID; then " + "VALIDATE CONSTRAINT " + check
				+ " and SET NOT NULL in a later migration." + constant;
	}

	private static void addColumnVolatileDefault(StatementContext context, Consumer<Flag> flags) {
		forAddedColumns(context, (table, add) -> {
			ColumnDefinition column = add.column();
			DefaultValue value = column.defaultValue();
			boolean old = context.serverVersion() < STORED_DEFAULTS;
			if (column.fillsEveryRow() || !(value.kind() == DefaultValue.Kind.VOLATILE || (old && value.present()))) {
				return;
			}
			String why = (value.kind() == DefaultValue.Kind.VOLATILE)
					? "its default calls " + value.volatileFunction() + "(), which is volatile (or not known to be "
							+ "stable), so every existing row gets its own value"
					: "before PostgreSQL 11 any non-null default is written into every existing row";
			String type = (column.type() != null) ? column.type().toString() : "…";
			flags.accept(Flag.at(add.at(),
					"ADD COLUMN " + column.name() + " on " + context.describe(table)
							+ " rewrites the whole table under " + AE + ": " + why + ".",
					"ALTER TABLE " + table + " ADD COLUMN " + column.name() + " " + type + "; ALTER TABLE " + table
							+ " ALTER COLUMN " + column.name() + " SET DEFAULT …; then backfill existing rows in "
							+ "key-range batches (UPDATE " + table + " SET " + column.name() + " = … WHERE id BETWEEN "
							+ "1 AND 10000 AND " + column.name() + " IS NULL)."));
		});
	}

	private static void addColumnRewrite(StatementContext context, Consumer<Flag> flags) {
		forAddedColumns(context, (table, add) -> {
			ColumnDefinition column = add.column();
			if (!column.fillsEveryRow()) {
				return;
			}
			String kind = column.generatedStored() ? "a stored generated column"
					: column.identity() ? "an identity column" : "a " + column.type() + " column";
			flags.accept(Flag.at(add.at(),
					"ADD COLUMN " + column.name() + " as " + kind + " on " + context.describe(table)
							+ " computes a value for every existing row, rewriting the whole table " + "under " + AE
							+ ".",
					"a plain nullable column and a batched backfill: ALTER TABLE " + table + " ADD COLUMN "
							+ column.name() + " bigint; UPDATE " + table + " SET " + column.name() + " = … WHERE id "
							+ "BETWEEN 1 AND 10000; then, for a key, ALTER TABLE " + table + " ALTER COLUMN "
							+ column.name() + " ADD GENERATED BY DEFAULT AS IDENTITY once it is NOT NULL, or, for a "
							+ "computed value, a trigger that keeps it current."));
		});
	}

}
