package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LockLevel;
import dev.migrations.lint.TableLock;

/**
 * What a statement does to tables while it runs: the locks it takes, and whether it
 * rewrites or scans a table.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param locks the locks, strongest first, one per table
 * @param rewrites whether it rewrites a table
 * @param scans whether it reads every row of a table
 */
record StatementEffect(List<Lock> locks, boolean rewrites, boolean scans) {

	static final StatementEffect NONE = new StatementEffect(List.of(), false, false);

	/**
	 * Merges the locks per table (keeping the strongest) and sorts them, strongest first.
	 */
	StatementEffect {
		locks = (locks.size() <= 1) ? List.copyOf(locks) : strongestFirst(locks);
	}

	private static List<Lock> strongestFirst(List<Lock> locks) {
		Map<TableName, Lock> strongest = new LinkedHashMap<>();
		for (Lock lock : locks) {
			strongest.merge(lock.table(), lock,
					(a, b) -> new Lock(a.table(), a.level().max(b.level()), a.newTable() && b.newTable(), a.index()));
		}
		List<Lock> sorted = new ArrayList<>(strongest.values());
		sorted.sort(Comparator.comparing(Lock::level).reversed());
		return List.copyOf(sorted);
	}

	/**
	 * The locks as the public plan shows them.
	 * @return one per table, strongest first
	 */
	List<TableLock> tableLocks() {
		return this.locks.stream()
			.map((lock) -> new TableLock(lock.table().toString(), lock.level(), lock.newTable()))
			.toList();
	}

	/**
	 * The locks on tables (and views, sequences…), without those on indexes.
	 * @return the locks, strongest first
	 */
	List<Lock> tables() {
		return this.locks.stream().filter((lock) -> !lock.index()).toList();
	}

	/**
	 * The lock on one relation.
	 *
	 * @param table the relation as qualified by {@link SchemaState#qualify}
	 * @param level the mode
	 * @param newTable whether a pending migration creates the relation (or its table)
	 * @param index whether the relation is an index (whose table is locked too)
	 */
	record Lock(TableName table, LockLevel level, boolean newTable, boolean index) {
	}

}
