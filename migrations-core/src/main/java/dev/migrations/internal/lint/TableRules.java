package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.ddl.ColumnDefinition;
import dev.migrations.internal.sql.ddl.ColumnType;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.DefaultValue;
import dev.migrations.internal.sql.ddl.TableAction;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.LockLevel;

/**
 * The rules about tables as a whole: maintenance that rewrites them, and the column types
 * that are hard to change later.
 * <p>
 * Stateless and thread-safe.
 */
final class TableRules {

	private TableRules() {
	}

	static List<Rule> rules() {
		return List.of(new Rule("rewrite-maintenance", LintSeverity.ERROR, TableRules::rewriteMaintenance),
				new Rule("type-hygiene", LintSeverity.WARNING, TableRules::typeHygiene));
	}

	private static void rewriteMaintenance(StatementContext context, Consumer<Flag> flags) {
		String what = null;
		Token at = null;
		List<TableName> tables = List.of();
		if (context.command() instanceof Command.Maintenance maintenance
				&& (maintenance.operation() == Command.Operation.VACUUM_FULL
						|| maintenance.operation() == Command.Operation.CLUSTER)) {
			what = (maintenance.operation() == Command.Operation.CLUSTER) ? "CLUSTER" : "VACUUM FULL";
			at = maintenance.at();
			tables = maintenance.tables();
		}
		else if (context.command() instanceof Command.AlterTable alter) {
			for (TableAction action : alter.actions()) {
				if (action instanceof TableAction.Generic generic && generic.rewrites()) {
					what = "ALTER TABLE … " + ((generic.at() != null) ? generic.at().upperCaseText() + " …" : "");
					at = generic.at();
					tables = List.of(alter.table());
				}
			}
		}
		if (what == null || (!tables.isEmpty() && tables.stream().noneMatch(context::existing))) {
			return;
		}
		String on = tables.isEmpty() ? "every table it covers"
				: context.describe(tables.stream().filter(context::existing).findFirst().orElseThrow());
		flags.accept(Flag.at(at,
				what + " rewrites " + on + " under " + StatementContext.lock(LockLevel.ACCESS_EXCLUSIVE)
						+ " for the whole copy.",
				"pg_repack (rebuilds online, with brief locks), or a new table filled in batches and swapped in by "
						+ "rename; plain VACUUM (no FULL) reclaims space for reuse without a rewrite."));
	}

	private static void typeHygiene(StatementContext context, Consumer<Flag> flags) {
		for (ColumnDefinition column : definedColumns(context.command())) {
			Advice advice = (column.type() != null) ? advice(column, column.type()) : null;
			if (advice != null) {
				flags.accept(Flag.at(column.at(), advice.problem() + ".", advice.better() + "."));
			}
		}
	}

	private static Advice advice(ColumnDefinition column, ColumnType type) {
		String name = column.name();
		if (type.isSerial()) {
			return new Advice(
					type.name() + " column " + name + " is backed by a sequence the column does not fully "
							+ "own (grants, copies and dumps go wrong)"
							+ (type.isNarrowInteger() ? " and runs out at " + limit(type) : ""),
					name + " bigint GENERATED ALWAYS AS IDENTITY");
		}
		if (type.isNarrowInteger() && (column.looksLikeKey() || (type.array() && holdsKeys(name)))) {
			return new Advice(
					type + " key column " + name + " runs out at " + limit(type) + " (the largest " + type.name()
							+ "), and widening it later rewrites the table"
							+ (type.array() ? "" : " and every table that references it"),
					name + " " + type.withElement("bigint"));
		}
		if (type.isLengthLimitedText()) {
			return new Advice(
					type + " column " + name + ": changing the limit later takes an ACCESS EXCLUSIVE lock "
							+ "(lowering it rewrites the table)"
							+ (type.name().equals("char") ? ", and char pads values with spaces" : ""),
					type.array() ? name + " text[]"
							: name + " text, with CHECK (char_length(" + name + ") <= "
									+ (type.modifiers().isEmpty() ? "1" : type.modifiers().get(0))
									+ ") if a limit matters (a check can be replaced NOT VALID, without a rewrite)");
		}
		if (type.isTimestampWithoutTimeZone()) {
			return new Advice(
					type + " column " + name + " stores wall-clock time without a zone, so servers and "
							+ "clients in different zones (or across DST) read different instants",
					name + " " + type.withElement("timestamptz"));
		}
		if (type.isJson()) {
			return new Advice(type + " column " + name + " is stored as text and parsed on every access, and cannot "
					+ "be compared or indexed with GIN", name + " " + type.withElement("jsonb"));
		}
		return null;
	}

	/**
	 * Whether an array column's name says it holds keys: {@code ids}, {@code order_ids}.
	 */
	private static boolean holdsKeys(String name) {
		return name.equals("ids") || name.endsWith("_ids");
	}

	private static String limit(ColumnType type) {
		return String.format(Locale.ROOT, "%,d", type.integerLimit());
	}

	private static List<ColumnDefinition> definedColumns(Command command) {
		List<ColumnDefinition> columns = new ArrayList<>();
		if (command instanceof Command.CreateTable create) {
			columns.addAll(create.columns());
		}
		else if (command instanceof Command.AlterTable alter) {
			for (TableAction action : alter.actions()) {
				if (action instanceof TableAction.AddColumn add) {
					columns.add(add.column());
				}
				else if (action instanceof TableAction.AlterColumnType change && change.type() != null) {
					columns.add(new ColumnDefinition(change.at(), change.column(), change.type(), false,
							DefaultValue.NONE, false, false, new ColumnDefinition.Keys(false, false, false), null));
				}
			}
		}
		return columns;
	}

	/**
	 * What is wrong with a column's type, and the better declaration.
	 *
	 * @param problem the problem
	 * @param better the better declaration
	 */
	private record Advice(String problem, String better) {
	}

}
