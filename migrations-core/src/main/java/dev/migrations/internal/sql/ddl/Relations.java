package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.lint.LockLevel;

/**
 * The relations a command locks and the lock on each, as PostgreSQL takes them (each form
 * is run against a real server and its {@code pg_locks} compared in the tests). An index
 * command locks the index and its table, each at its own level. Commands the reader does
 * not know lock nothing known.
 * <p>
 * This class is stateless and thread-safe.
 */
final class Relations {

	private Relations() {
	}

	static List<RelationLock> of(Command command) {
		if (command instanceof Command.CreateTable create) {
			return createTable(create);
		}
		if (command instanceof Command.CreateIndex index) {
			return List
				.of(table(index.table(), index.concurrently() ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.SHARE));
		}
		if (command instanceof Command.DropIndex drop) {
			LockLevel level = drop.concurrently() ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE;
			List<RelationLock> locks = new ArrayList<>();
			drop.indexes().forEach((index) -> locks.addAll(index(index, level, level)));
			return locks;
		}
		if (command instanceof Command.Reindex reindex) {
			return reindex(reindex);
		}
		if (command instanceof Command.DropTable drop) {
			return tables(drop.tables(), LockLevel.ACCESS_EXCLUSIVE);
		}
		if (command instanceof Command.AlterTable alter) {
			return alterTable(alter);
		}
		return otherCommands(command);
	}

	private static List<RelationLock> otherCommands(Command command) {
		if (command instanceof Command.DataChange change) {
			return List.of(table(change.table(), LockLevel.ROW_EXCLUSIVE));
		}
		if (command instanceof Command.Maintenance maintenance) {
			boolean rewrites = maintenance.operation() == Command.Operation.VACUUM_FULL
					|| maintenance.operation() == Command.Operation.CLUSTER;
			return tables(maintenance.tables(),
					rewrites ? LockLevel.ACCESS_EXCLUSIVE : LockLevel.SHARE_UPDATE_EXCLUSIVE);
		}
		if (command instanceof Command.LockTable lock) {
			return tables(lock.tables(), lock.mode());
		}
		if (command instanceof Command.Locking locking) {
			return tables(locking.tables(), locking.mode());
		}
		if (command instanceof Command.CreateObject object && object.replace()
				&& (object.kind().equals("VIEW") || object.kind().equals("MATERIALIZED VIEW"))) {
			return List.of(table(object.name(), LockLevel.ACCESS_EXCLUSIVE));
		}
		if (command instanceof Command.IndexLocking locking) {
			return List.of(new RelationLock(locking.index(), RelationLock.Kind.INDEX, locking.mode(), false));
		}
		return List.of();
	}

	/** An index and its table, each at its level. */
	private static List<RelationLock> index(TableName index, LockLevel tableLevel, LockLevel indexLevel) {
		return List.of(new RelationLock(index, RelationLock.Kind.TABLE_OF_INDEX, tableLevel, false),
				new RelationLock(index, RelationLock.Kind.INDEX, indexLevel, false));
	}

	private static List<RelationLock> createTable(Command.CreateTable create) {
		List<RelationLock> locks = new ArrayList<>();
		locks.add(new RelationLock(create.table(), RelationLock.Kind.TABLE, LockLevel.ACCESS_EXCLUSIVE, true));
		if (create.partitionOf() != null) {
			locks.add(table(create.partitionOf(), LockLevel.ACCESS_EXCLUSIVE));
		}
		create.columns()
			.stream()
			.filter((column) -> column.references() != null)
			.forEach((column) -> locks.add(table(column.references(), LockLevel.SHARE_ROW_EXCLUSIVE)));
		create.constraints()
			.stream()
			.filter((constraint) -> constraint.references() != null)
			.forEach((constraint) -> locks.add(table(constraint.references(), LockLevel.SHARE_ROW_EXCLUSIVE)));
		return locks;
	}

	private static List<RelationLock> reindex(Command.Reindex reindex) {
		boolean index = reindex.target().equals("INDEX");
		if (reindex.name() == null || !(index || reindex.target().equals("TABLE"))) {
			return List.of();
		}
		if (reindex.concurrently()) {
			return index ? index(reindex.name(), LockLevel.SHARE_UPDATE_EXCLUSIVE, LockLevel.SHARE_UPDATE_EXCLUSIVE)
					: List.of(table(reindex.name(), LockLevel.SHARE_UPDATE_EXCLUSIVE));
		}
		// the index being rebuilt is locked out entirely: reads that use it wait too
		return index ? index(reindex.name(), LockLevel.SHARE, LockLevel.ACCESS_EXCLUSIVE)
				: List.of(table(reindex.name(), LockLevel.SHARE));
	}

	private static List<RelationLock> alterTable(Command.AlterTable alter) {
		List<RelationLock> referenced = new ArrayList<>();
		LockLevel level = null;
		for (TableAction action : alter.actions()) {
			level = action.lock().max(level);
			if (action.referenced() != null) {
				referenced.add(table(action.referenced(), LockLevel.SHARE_ROW_EXCLUSIVE));
			}
			if (action instanceof TableAction.Partition partition) {
				referenced.add(table(partition.partition(), partition.partitionLock()));
			}
			if (action instanceof TableAction.ClusterOn cluster) {
				referenced.add(new RelationLock(cluster.index(), RelationLock.Kind.INDEX, action.lock(), false));
			}
		}
		List<RelationLock> locks = new ArrayList<>();
		if (level != null) {
			locks.add(table(alter.table(), level));
		}
		locks.addAll(referenced);
		return locks;
	}

	private static List<RelationLock> tables(List<TableName> tables, LockLevel level) {
		return tables.stream().map((table) -> table(table, level)).toList();
	}

	private static RelationLock table(TableName table, LockLevel level) {
		return new RelationLock(table, RelationLock.Kind.TABLE, level, false);
	}

}
