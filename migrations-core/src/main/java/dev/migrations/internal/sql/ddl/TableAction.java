package dev.migrations.internal.sql.ddl;

import dev.migrations.internal.sql.Token;
import dev.migrations.lint.LockLevel;

/**
 * One action of an {@code ALTER TABLE}, read from the statement's tokens.
 * <p>
 * Instances are immutable and thread-safe.
 */
public sealed interface TableAction {

	/**
	 * The action's first token, for positions.
	 * @return the token
	 */
	Token at();

	/**
	 * The lock this action takes on the altered table, from the {@code ALTER TABLE} page
	 * of the PostgreSQL manual: {@code ACCESS EXCLUSIVE} unless the manual names a weaker
	 * one.
	 * @return the lock
	 */
	default LockLevel lock() {
		if (this instanceof AddConstraint add) {
			return (add.constraint().kind() == Constraint.Kind.FOREIGN_KEY) ? LockLevel.SHARE_ROW_EXCLUSIVE
					: LockLevel.ACCESS_EXCLUSIVE;
		}
		if (this instanceof ValidateConstraint) {
			return LockLevel.SHARE_UPDATE_EXCLUSIVE;
		}
		if (this instanceof Partition partition) {
			return partition.lock();
		}
		if (this instanceof ClusterOn) {
			return LockLevel.SHARE_UPDATE_EXCLUSIVE;
		}
		return (this instanceof Generic generic) ? generic.lock() : LockLevel.ACCESS_EXCLUSIVE;
	}

	/**
	 * The table a foreign key of this action references, which it locks
	 * {@code SHARE ROW EXCLUSIVE}.
	 * @return the table, or null when the action adds no foreign key
	 */
	default TableName referenced() {
		if (this instanceof AddColumn add) {
			return add.column().references();
		}
		if (this instanceof AddConstraint add && add.constraint().kind() == Constraint.Kind.FOREIGN_KEY) {
			return add.constraint().references();
		}
		return null;
	}

	/**
	 * {@code ADD [COLUMN]}.
	 *
	 * @param at the first token
	 * @param column the new column
	 */
	record AddColumn(Token at, ColumnDefinition column) implements TableAction {
	}

	/**
	 * {@code DROP [COLUMN]}.
	 *
	 * @param at the first token
	 * @param column the column
	 */
	record DropColumn(Token at, String column) implements TableAction {
	}

	/**
	 * {@code ALTER [COLUMN] … [SET DATA] TYPE}.
	 *
	 * @param at the first token
	 * @param column the column
	 * @param type the new type, or null if unreadable
	 * @param using whether a {@code USING} expression converts the values
	 */
	record AlterColumnType(Token at, String column, ColumnType type, boolean using) implements TableAction {
	}

	/**
	 * {@code ALTER [COLUMN] … SET NOT NULL}.
	 *
	 * @param at the first token
	 * @param column the column
	 */
	record SetNotNull(Token at, String column) implements TableAction {
	}

	/**
	 * {@code ADD [CONSTRAINT …]}.
	 *
	 * @param at the first token
	 * @param constraint the constraint
	 */
	record AddConstraint(Token at, Constraint constraint) implements TableAction {
	}

	/**
	 * {@code VALIDATE CONSTRAINT}.
	 *
	 * @param at the first token
	 * @param name the constraint
	 */
	record ValidateConstraint(Token at, String name) implements TableAction {
	}

	/**
	 * {@code RENAME [COLUMN] … TO …}.
	 *
	 * @param at the first token
	 * @param from the old name
	 * @param to the new name
	 */
	record RenameColumn(Token at, String from, String to) implements TableAction {
	}

	/**
	 * {@code RENAME TO …} or {@code SET SCHEMA …}.
	 *
	 * @param at the first token
	 * @param to the table's new name
	 */
	record RenameTable(Token at, TableName to) implements TableAction {
	}

	/**
	 * Any other action, with the lock it takes and whether it rewrites or scans.
	 *
	 * @param at the first token
	 * @param lock the lock
	 * @param rewrites whether it rewrites the table (such as {@code SET TABLESPACE})
	 * @param scans whether it reads every row
	 */
	record Generic(Token at, LockLevel lock, boolean rewrites, boolean scans) implements TableAction {
	}

	/**
	 * {@code ATTACH PARTITION} or {@code DETACH PARTITION}: a lock on the partitioned
	 * table and one on the partition.
	 *
	 * @param at the first token
	 * @param partition the partition
	 * @param lock the lock on the partitioned table
	 * @param partitionLock the lock on the partition
	 * @param scans whether the partition is read whole (to check its bound)
	 */
	record Partition(Token at, TableName partition, LockLevel lock, LockLevel partitionLock,
			boolean scans) implements TableAction {
	}

	/**
	 * {@code CLUSTER ON index}: the table and the index, SHARE UPDATE EXCLUSIVE.
	 *
	 * @param at the first token
	 * @param index the index
	 */
	record ClusterOn(Token at, TableName index) implements TableAction {
	}

}
