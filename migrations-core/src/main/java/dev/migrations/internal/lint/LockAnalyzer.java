package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrations.internal.sql.ddl.ColumnDefinition;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.Constraint;
import dev.migrations.internal.sql.ddl.DefaultValue;
import dev.migrations.internal.sql.ddl.RelationLock;
import dev.migrations.internal.sql.ddl.StatementDescription;
import dev.migrations.internal.sql.ddl.TableAction;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LockLevel;

/**
 * Works out the locks a statement takes and whether it rewrites or scans: the locks its
 * description names, resolved against what exists at that point of the walk, and the
 * rewrites and scans that depend on the server version and the columns' types.
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

	/**
	 * What a statement does while it runs: the locks its description names, resolved
	 * against what exists at this point of the walk (an index's table, a new table, the
	 * default schema), and whether it rewrites or scans.
	 * @param description the statement's description
	 * @return its effect
	 */
	StatementEffect effect(StatementDescription description) {
		List<StatementEffect.Lock> locks = new ArrayList<>();
		Command command = description.command();
		for (RelationLock relation : description.relations()) {
			if (relation.kind() == RelationLock.Kind.TABLE) {
				TableName table = relation.relation();
				boolean created = relation.created() || this.schema.isNew(table)
						|| (command instanceof Command.CreateObject && !this.schema.exists(table));
				locks.add(lock(table, relation.level(), created, false));
				continue;
			}
			// an index neither the catalog nor the pending set has locks nothing known
			// (DROP INDEX IF EXISTS of an index that is not there)
			Optional<TableName> table = this.schema.indexTable(relation.relation());
			if (table.isPresent()) {
				boolean created = this.schema.isNew(table.get()) || this.schema.isNew(relation.relation());
				locks.add((relation.kind() == RelationLock.Kind.INDEX)
						? lock(indexName(relation.relation(), table.get()), relation.level(), created, true)
						: lock(table.get(), relation.level(), created, false));
			}
		}
		return new StatementEffect(locks, rewrites(command), scans(command));
	}

	private boolean rewrites(Command command) {
		if (command instanceof Command.AlterTable alter) {
			return alter.actions().stream().anyMatch((action) -> action(alter.table(), action).rewrites());
		}
		if (command instanceof Command.Maintenance maintenance) {
			return rewritesTable(maintenance);
		}
		return command instanceof Command.Locking locking && locking.rewrites();
	}

	private boolean scans(Command command) {
		if (command instanceof Command.CreateIndex || command instanceof Command.Reindex) {
			return true;
		}
		if (command instanceof Command.DataChange change) {
			return !change.bounded();
		}
		if (command instanceof Command.AlterTable alter) {
			return alter.actions().stream().anyMatch((action) -> {
				ActionEffect effect = action(alter.table(), action);
				return effect.scans() || effect.rewrites();
			});
		}
		return rewrites(command);
	}

	private static boolean rewritesTable(Command.Maintenance maintenance) {
		return maintenance.operation() == Command.Operation.VACUUM_FULL
				|| maintenance.operation() == Command.Operation.CLUSTER;
	}

	TableName tableOf(TableName index) {
		return this.schema.indexTable(index).orElse(index);
	}

	/**
	 * The effect of one action of an {@code ALTER TABLE} on its table.
	 * @param table the altered table
	 * @param action the action
	 * @return its lock, rewrite and scan
	 */
	ActionEffect action(TableName table, TableAction action) {
		boolean rewrites = false;
		boolean scans = false;
		if (action instanceof TableAction.AddColumn add) {
			ColumnDefinition.Keys keys = add.column().keys();
			rewrites = rewritesColumn(add.column());
			scans = keys.primaryKey() || keys.unique() || keys.check() || add.column().references() != null;
		}
		else if (action instanceof TableAction.AlterColumnType change) {
			rewrites = rewritesType(table, change);
		}
		else if (action instanceof TableAction.SetNotNull set) {
			scans = this.schema.setNotNullScans(table, set.column(), this.serverVersion);
		}
		else if (action instanceof TableAction.AddConstraint add) {
			Constraint constraint = add.constraint();
			boolean indexed = constraint.kind() == Constraint.Kind.PRIMARY_KEY
					|| constraint.kind() == Constraint.Kind.UNIQUE;
			scans = indexed ? !constraint.usingIndex() : !constraint.notValid();
		}
		else if (action instanceof TableAction.ValidateConstraint) {
			scans = true;
		}
		else if (action instanceof TableAction.Partition partition) {
			scans = partition.scans();
		}
		else if (action instanceof TableAction.Generic generic) {
			rewrites = generic.rewrites();
			scans = generic.scans();
		}
		return new ActionEffect(action.lock(), rewrites, scans, action.referenced());
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

	private StatementEffect.Lock lock(TableName table, LockLevel level, boolean newTable, boolean index) {
		return new StatementEffect.Lock(this.schema.qualify(table), level, newTable, index);
	}

	/** An index's name, in its table's schema when it is written without one. */
	private static TableName indexName(TableName index, TableName table) {
		return (index.schema() != null || table.schema() == null) ? index : new TableName(table.schema(), index.name());
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
