package dev.migrations.internal.lint;

import java.util.Locale;
import java.util.OptionalLong;

import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.ddl.Command;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LockLevel;

/**
 * What a rule sees of one statement: the statement and what it does, its migration, what
 * exists at that point of the walk, and the server version.
 * <p>
 * Not thread-safe (it reads the walk's {@link SchemaState}).
 *
 * @param migration the migration the statement belongs to
 * @param index the statement's index in the up section
 * @param statement the statement
 * @param command what it does
 * @param effect its locks, rewrite and scan
 * @param schema what exists before it runs
 * @param locks the lock analyzer, for the effect of single actions
 * @param serverVersion the server's {@code server_version_num}
 */
record StatementContext(MigrationFacts migration, int index, SqlStatement statement, Command command,
		StatementEffect effect, SchemaState schema, LockAnalyzer locks, int serverVersion) {

	/**
	 * Whether a table existed before the pending set, as opposed to being created by it.
	 * @param table the table
	 * @return {@code true} unless a pending statement created it
	 */
	boolean existing(TableName table) {
		return !this.schema.isNew(table);
	}

	/**
	 * Whether the statement must run outside a transaction.
	 * @return {@code true} if so
	 */
	boolean autocommit() {
		return this.migration.autocommit().get(this.index);
	}

	/**
	 * Whether the statement shares its migration with others.
	 * @return {@code true} if the up section has more than one statement
	 */
	boolean shared() {
		return this.migration.statements().size() > 1;
	}

	/**
	 * An existing table for a message, with the planner's row estimate when the catalog
	 * has a positive one: {@code existing table orders (about 1,200,000 rows by the
	 * planner's estimate)}.
	 * @param table the table
	 * @return the phrase
	 */
	String describe(TableName table) {
		OptionalLong rows = this.schema.estimate(table);
		String text = "existing table " + table;
		if (rows.isPresent() && rows.getAsLong() > 0) {
			text += String.format(Locale.ROOT, " (about %,d rows by the planner's estimate)", rows.getAsLong());
		}
		return text;
	}

	/**
	 * A lock for a message: {@code an ACCESS EXCLUSIVE lock (blocks reads and writes)}.
	 * @param level the mode
	 * @return the phrase
	 */
	static String lock(LockLevel level) {
		String article = (level == LockLevel.ACCESS_SHARE || level == LockLevel.ACCESS_EXCLUSIVE
				|| level == LockLevel.EXCLUSIVE) ? "an " : "a ";
		return article + level.sqlName() + " lock (" + level.impact() + ")";
	}

	/**
	 * The statement on one line, cut short, for messages.
	 * @return the excerpt
	 */
	String excerpt() {
		return this.statement.excerpt(60);
	}

}
