package dev.migrations.internal.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import dev.migrations.internal.sql.SqlLexer;
import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.ddl.ColumnDefinition;
import dev.migrations.internal.sql.ddl.ColumnType;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.Constraint;
import dev.migrations.internal.sql.ddl.TableAction;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LockLevel;

/**
 * What exists while the pending migrations are walked in order: the catalog, overlaid
 * with what the statements seen so far create, rename, add and validate. A table created
 * by a pending statement is new, and rules about existing tables leave it alone.
 * <p>
 * Not thread-safe: one walk owns one state.
 */
final class SchemaState {

	private static final int SET_NOT_NULL_USES_CHECKS = 120000;

	private final Catalog catalog;

	private final SqlLexer lexer = new SqlLexer();

	private final Set<TableName> created = new HashSet<>();

	private final Set<TableName> softDeleted = new HashSet<>();

	private final Map<TableName, TableName> indexTables = new HashMap<>();

	private final Map<Column, ColumnType> columnTypes = new HashMap<>();

	private final Map<Column, String> notValidChecks = new HashMap<>();

	private final Set<Column> provenNotNull = new HashSet<>();

	private final Set<Column> notValidInMigration = new HashSet<>();

	private final Set<TableName> exclusivelyLocked = new LinkedHashSet<>();

	private final Map<TableName, List<Set<String>>> uniqueKeys = new HashMap<>();

	SchemaState(Catalog catalog) {
		this.catalog = catalog;
	}

	TableName qualify(TableName name) {
		return name.qualifiedIn(this.catalog.defaultSchema());
	}

	boolean isNew(TableName table) {
		return this.created.contains(qualify(table));
	}

	/**
	 * Whether a relation other than an index exists: the catalog has it, or a pending
	 * statement created it.
	 */
	boolean exists(TableName relation) {
		return isNew(relation) || this.catalog.table(relation).isPresent();
	}

	OptionalLong estimate(TableName table) {
		return isNew(table) ? OptionalLong.empty()
				: this.catalog.table(table).map(CatalogTable::estimate).orElse(OptionalLong.empty());
	}

	Optional<ColumnType> columnType(TableName table, String column) {
		ColumnType pending = this.columnTypes.get(new Column(qualify(table), column));
		if (pending != null || isNew(table)) {
			return Optional.ofNullable(pending);
		}
		return this.catalog.table(table)
			.map((known) -> known.columnTypes().get(column))
			.map((text) -> ColumnType.read(significant(text)));
	}

	/**
	 * Whether {@code SET NOT NULL} on a column has to scan the table: not when the column
	 * is already {@code NOT NULL}, nor on PostgreSQL 12 and later when a validated
	 * {@code CHECK (column IS NOT NULL)} proves it.
	 */
	boolean setNotNullScans(TableName table, String column, int serverVersion) {
		Optional<CatalogTable> known = isNew(table) ? Optional.empty() : this.catalog.table(table);
		if (known.isPresent() && known.get().notNullColumns().contains(column)) {
			return false;
		}
		boolean proven = this.provenNotNull.contains(new Column(qualify(table), column)) || known
			.map((t) -> t.notNullChecks().stream().anyMatch((c) -> c.validated() && c.column().equals(column)))
			.orElse(false);
		return !(proven && serverVersion >= SET_NOT_NULL_USES_CHECKS);
	}

	/**
	 * Whether equalities on some columns match one row at most: they cover every column
	 * of the primary key or of a unique constraint or index, from the catalog or added by
	 * a pending statement.
	 */
	boolean identifiesOneRow(TableName table, Set<String> columns) {
		List<Set<String>> pending = this.uniqueKeys.getOrDefault(qualify(table), List.of());
		List<Set<String>> known = isNew(table) ? List.of()
				: this.catalog.table(table).map(CatalogTable::uniqueKeys).orElse(List.of());
		return Stream.concat(pending.stream(), known.stream())
			.anyMatch((key) -> !key.isEmpty() && columns.containsAll(key));
	}

	Optional<TableName> indexTable(TableName index) {
		TableName pending = this.indexTables.get(qualify(index));
		return (pending != null) ? Optional.of(pending) : this.catalog.indexTable(index);
	}

	boolean softDeletedInPending(TableName table) {
		return this.softDeleted.contains(qualify(table));
	}

	boolean addedNotValidInThisMigration(TableName table, String constraint) {
		return this.notValidInMigration.contains(new Column(qualify(table), constraint));
	}

	/** The existing tables this migration has taken ACCESS EXCLUSIVE on so far. */
	Set<TableName> exclusivelyLocked() {
		return Set.copyOf(this.exclusivelyLocked);
	}

	void beginMigration() {
		this.notValidInMigration.clear();
		this.exclusivelyLocked.clear();
	}

	/**
	 * Records what a statement changed, after the rules have looked at it.
	 * @param command the statement
	 * @param effect its locks
	 */
	void apply(Command command, StatementEffect effect) {
		for (StatementEffect.Lock lock : effect.tables()) {
			if (!lock.newTable() && lock.level() == LockLevel.ACCESS_EXCLUSIVE) {
				this.exclusivelyLocked.add(lock.table());
			}
		}
		if (command instanceof Command.CreateTable create) {
			if (!(create.ifNotExists() && this.catalog.table(create.table()).isPresent())) {
				this.created.add(qualify(create.table()));
				create.columns().forEach((column) -> addColumnKey(qualify(create.table()), column));
				create.constraints().forEach((constraint) -> addKey(qualify(create.table()), constraint.key()));
			}
		}
		else if (command instanceof Command.CreateIndex index && index.index() != null) {
			String schema = (index.table().schema() != null) ? index.table().schema() : this.catalog.defaultSchema();
			TableName name = index.index().qualifiedIn(schema);
			if (!(index.ifNotExists() && this.catalog.indexTable(name).isPresent())) {
				this.indexTables.put(name, qualify(index.table()));
				this.created.add(name);
			}
			addKey(qualify(index.table()), index.uniqueKey());
		}
		else if (command instanceof Command.CreateObject object && !(object.replace() && exists(object.name()))) {
			this.created.add(qualify(object.name()));
		}
		else if (command instanceof Command.AlterTable alter) {
			TableName table = qualify(alter.table());
			alter.actions().forEach((action) -> apply(table, action));
		}
	}

	private void apply(TableName table, TableAction action) {
		if (action instanceof TableAction.AddColumn add) {
			if (add.column().type() != null) {
				this.columnTypes.put(new Column(table, add.column().name()), add.column().type());
			}
			addColumnKey(table, add.column());
		}
		else if (action instanceof TableAction.AlterColumnType change && change.type() != null) {
			this.columnTypes.put(new Column(table, change.column()), change.type());
		}
		else if (action instanceof TableAction.AddConstraint add) {
			addConstraint(table, add.constraint());
		}
		else if (action instanceof TableAction.ValidateConstraint validate) {
			String column = this.notValidChecks.get(new Column(table, validate.name()));
			if (column != null) {
				this.provenNotNull.add(new Column(table, column));
			}
			this.catalog.table(table)
				.ifPresent((known) -> known.notNullChecks()
					.stream()
					.filter((check) -> check.name().equals(validate.name()))
					.forEach((check) -> this.provenNotNull.add(new Column(table, check.column()))));
		}
		else if (action instanceof TableAction.RenameTable rename) {
			TableName renamed = qualify(rename.to());
			if (this.created.contains(table)) {
				this.created.add(renamed);
			}
			else if (renamed.isSoftDeleted()) {
				this.softDeleted.add(renamed);
			}
		}
	}

	private void addColumnKey(TableName table, ColumnDefinition column) {
		if (column.keys().primaryKey() || column.keys().unique()) {
			addKey(table, List.of(column.name()));
		}
	}

	private void addKey(TableName table, List<String> key) {
		if (!key.isEmpty()) {
			this.uniqueKeys.computeIfAbsent(table, (ignored) -> new ArrayList<>()).add(Set.copyOf(key));
		}
	}

	private void addConstraint(TableName table, Constraint constraint) {
		addKey(table, constraint.key());
		if (constraint.notValid() && constraint.name() != null) {
			this.notValidInMigration.add(new Column(table, constraint.name()));
		}
		if (constraint.notNullColumn() == null) {
			return;
		}
		if (!constraint.notValid()) {
			this.provenNotNull.add(new Column(table, constraint.notNullColumn()));
		}
		else if (constraint.name() != null) {
			this.notValidChecks.put(new Column(table, constraint.name()), constraint.notNullColumn());
		}
	}

	private List<Token> significant(String text) {
		return this.lexer.tokenize("pg_catalog", text, 1).stream().filter((token) -> !token.isTrivia()).toList();
	}

	/** A column, or a constraint, of a qualified table. */
	private record Column(TableName table, String name) {
	}

}
