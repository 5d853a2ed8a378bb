package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.LockLevel;

/**
 * Works out the locks a statement takes and whether it rewrites or scans, from the
 * "Explicit Locking" and {@code ALTER TABLE} pages of the PostgreSQL manual, for the
 * server version and what exists at that point of the walk.
 * <p>
 * Not thread-safe (it reads a {@link SchemaState}); one walk owns one analyzer.
 */
final class LockAnalyzer {

	private static final int STORED_DEFAULTS = 110000;

	private final SchemaState schema;

	private final int serverVersion;

	LockAnalyzer(SchemaState schema, int serverVersion) {
		this.schema = schema;
		this.serverVersion = serverVersion;
	}

	StatementEffect effect(Command command) {
		if (command instanceof Command.CreateTable create) {
			return createTable(create);
		}
		if (command instanceof Command.CreateIndex index) {
			LockLevel level = index.concurrently() ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.SHARE;
			return new StatementEffect(List.of(lock(index.table(), level)), false, true);
		}
		if (command instanceof Command.DropIndex drop) {
			LockLevel level = drop.concurrently() ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE;
			return new StatementEffect(drop.indexes().stream().map((index) -> lock(tableOf(index), level)).toList(),
					false, false);
		}
		if (command instanceof Command.Reindex reindex) {
			return reindex(reindex);
		}
		if (command instanceof Command.DropTable drop) {
			return locking(drop.tables(), LockLevel.ACCESS_EXCLUSIVE, false);
		}
		if (command instanceof Command.AlterTable alter) {
			return alterTable(alter);
		}
		return otherEffect(command);
	}

	private StatementEffect otherEffect(Command command) {
		if (command instanceof Command.DataChange change) {
			boolean scans = !change.bounded();
			return new StatementEffect(List.of(lock(change.table(), LockLevel.ROW_EXCLUSIVE)), false, scans);
		}
		if (command instanceof Command.Maintenance maintenance) {
			return maintenance(maintenance);
		}
		if (command instanceof Command.LockTable lock) {
			return locking(lock.tables(), lock.mode(), false);
		}
		if (command instanceof Command.Locking locking) {
			return locking(locking.tables(), locking.mode(), locking.rewrites());
		}
		return StatementEffect.NONE;
	}

	private StatementEffect createTable(Command.CreateTable create) {
		List<StatementEffect.Lock> locks = new ArrayList<>();
		locks.add(lock(create.table(), LockLevel.ACCESS_EXCLUSIVE, true));
		if (create.partitionOf() != null) {
			locks.add(lock(create.partitionOf(), LockLevel.ACCESS_EXCLUSIVE));
		}
		create.columns()
			.stream()
			.filter((column) -> column.references() != null)
			.forEach((column) -> locks.add(lock(column.references(), LockLevel.SHARE_ROW_EXCLUSIVE)));
		create.constraints()
			.stream()
			.filter((constraint) -> constraint.references() != null)
			.forEach((constraint) -> locks.add(lock(constraint.references(), LockLevel.SHARE_ROW_EXCLUSIVE)));
		return new StatementEffect(locks, false, false);
	}

	TableName tableOf(TableName index) {
		return this.schema.indexTable(index).orElse(index);
	}

	private StatementEffect reindex(Command.Reindex reindex) {
		if (reindex.name() == null || !(reindex.target().equals("INDEX") || reindex.target().equals("TABLE"))) {
			return new StatementEffect(List.of(), false, true);
		}
		TableName table = reindex.target().equals("INDEX") ? tableOf(reindex.name()) : reindex.name();
		LockLevel level = reindex.concurrently() ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.SHARE;
		return new StatementEffect(List.of(lock(table, level)), false, true);
	}

	private StatementEffect maintenance(Command.Maintenance maintenance) {
		boolean rewrites = maintenance.operation() == Command.Operation.VACUUM_FULL
				|| maintenance.operation() == Command.Operation.CLUSTER;
		LockLevel level = rewrites ? LockLevel.ACCESS_EXCLUSIVE : LockLevel.SHARE_UPDATE_EXCLUSIVE;
		return locking(maintenance.tables(), level, rewrites);
	}

	private StatementEffect locking(List<TableName> tables, LockLevel level, boolean rewrites) {
		return new StatementEffect(tables.stream().map((table) -> lock(table, level)).toList(), rewrites, rewrites);
	}

	private StatementEffect alterTable(Command.AlterTable alter) {
		List<StatementEffect.Lock> referenced = new ArrayList<>();
		LockLevel level = null;
		boolean rewrites = false;
		boolean scans = false;
		for (TableAction action : alter.actions()) {
			ActionEffect effect = action(alter.table(), action);
			level = effect.level().max(level);
			rewrites |= effect.rewrites();
			scans |= effect.scans();
			if (effect.referenced() != null) {
				referenced.add(lock(effect.referenced(), LockLevel.SHARE_ROW_EXCLUSIVE));
			}
		}
		List<StatementEffect.Lock> locks = new ArrayList<>();
		if (level != null) {
			locks.add(lock(alter.table(), level));
		}
		locks.addAll(referenced);
		return new StatementEffect(locks, rewrites, scans || rewrites);
	}

	/**
	 * The effect of one action of an {@code ALTER TABLE} on its table.
	 * @param table the altered table
	 * @param action the action
	 * @return its lock, rewrite and scan
	 */
	ActionEffect action(TableName table, TableAction action) {
		if (action instanceof TableAction.AddColumn add) {
			return addColumn(add.column());
		}
		if (action instanceof TableAction.AlterColumnType change) {
			return new ActionEffect(LockLevel.ACCESS_EXCLUSIVE, rewritesType(table, change), false, null);
		}
		if (action instanceof TableAction.SetNotNull set) {
			boolean scans = this.schema.setNotNullScans(table, set.column(), this.serverVersion);
			return new ActionEffect(LockLevel.ACCESS_EXCLUSIVE, false, scans, null);
		}
		if (action instanceof TableAction.AddConstraint add) {
			return addConstraint(add.constraint());
		}
		if (action instanceof TableAction.ValidateConstraint) {
			return new ActionEffect(LockLevel.SHARE_UPDATE_EXCLUSIVE, false, true, null);
		}
		if (action instanceof TableAction.Generic generic) {
			return new ActionEffect(generic.lock(), generic.rewrites(), generic.scans(), null);
		}
		return new ActionEffect(LockLevel.ACCESS_EXCLUSIVE, false, false, null);
	}

	/**
	 * Whether an {@code ALTER COLUMN … TYPE} rewrites: always with {@code USING} or when
	 * the current type is unknown, otherwise unless the change is binary-compatible.
	 * @param table the table
	 * @param change the action
	 * @return {@code true} if PostgreSQL rewrites the table
	 */
	boolean rewritesType(TableName table, TableAction.AlterColumnType change) {
		if (change.using() || change.type() == null) {
			return true;
		}
		return this.schema.columnType(table, change.column())
			.map((current) -> !current.changesWithoutRewriteTo(change.type()))
			.orElse(true);
	}

	/**
	 * Whether adding a column rewrites the table: a column that fills every row, or a
	 * default that is volatile (any non-null default before PostgreSQL 11).
	 * @param column the column
	 * @return {@code true} if it does
	 */
	boolean rewritesColumn(ColumnDefinition column) {
		DefaultValue value = column.defaultValue();
		return column.fillsEveryRow() || value.kind() == DefaultValue.Kind.VOLATILE
				|| (value.present() && this.serverVersion < STORED_DEFAULTS);
	}

	private ActionEffect addColumn(ColumnDefinition column) {
		ColumnDefinition.Keys keys = column.keys();
		boolean scans = keys.primaryKey() || keys.unique() || keys.check() || column.references() != null;
		return new ActionEffect(LockLevel.ACCESS_EXCLUSIVE, rewritesColumn(column), scans, column.references());
	}

	private ActionEffect addConstraint(Constraint constraint) {
		return switch (constraint.kind()) {
			case FOREIGN_KEY ->
				new ActionEffect(LockLevel.SHARE_ROW_EXCLUSIVE, false, !constraint.notValid(), constraint.references());
			case PRIMARY_KEY, UNIQUE ->
				new ActionEffect(LockLevel.ACCESS_EXCLUSIVE, false, !constraint.usingIndex(), null);
			default -> new ActionEffect(LockLevel.ACCESS_EXCLUSIVE, false, !constraint.notValid(), null);
		};
	}

	private StatementEffect.Lock lock(TableName table, LockLevel level) {
		return lock(table, level, this.schema.isNew(table));
	}

	private StatementEffect.Lock lock(TableName table, LockLevel level, boolean newTable) {
		return new StatementEffect.Lock(this.schema.qualify(table), level, newTable);
	}

	/**
	 * What one {@code ALTER TABLE} action does.
	 *
	 * @param level the lock on the altered table
	 * @param rewrites whether it rewrites it
	 * @param scans whether it reads every row
	 * @param referenced a table locked SHARE ROW EXCLUSIVE by a foreign key, or null
	 */
	record ActionEffect(LockLevel level, boolean rewrites, boolean scans, TableName referenced) {
	}

}
