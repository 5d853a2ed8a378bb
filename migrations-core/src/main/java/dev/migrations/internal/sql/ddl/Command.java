package dev.migrations.internal.sql.ddl;

import java.util.List;
import java.util.Set;

import dev.migrations.internal.sql.Token;
import dev.migrations.lint.LockLevel;

/**
 * What one statement does, as far as locks and the rules care, read from its tokens by
 * {@link StatementReader}. Statements the linter has no rule for are {@link Other}.
 * <p>
 * Instances are immutable and thread-safe.
 */
public sealed interface Command {

	/**
	 * {@code CREATE TABLE}.
	 *
	 * @param table the new table
	 * @param ifNotExists whether {@code IF NOT EXISTS} is given
	 * @param columns its columns
	 * @param constraints its table constraints
	 * @param partitionOf the parent for {@code PARTITION OF}, or null
	 */
	record CreateTable(TableName table, boolean ifNotExists, List<ColumnDefinition> columns,
			List<Constraint> constraints, TableName partitionOf) implements Command {
	}

	/**
	 * {@code CREATE [UNIQUE] INDEX}.
	 *
	 * @param at the first token, for positions
	 * @param index the index name, or null when PostgreSQL chooses it
	 * @param table the indexed table
	 * @param concurrently whether {@code CONCURRENTLY} is given
	 * @param ifNotExists whether {@code IF NOT EXISTS} is given
	 * @param unique whether it is {@code CREATE UNIQUE INDEX}
	 * @param uniqueKey for a {@code UNIQUE} index over plain columns with no
	 * {@code WHERE}, its key columns; otherwise empty
	 */
	record CreateIndex(Token at, TableName index, TableName table, boolean concurrently, boolean ifNotExists,
			boolean unique, List<String> uniqueKey) implements Command {

		/**
		 * Copies the columns.
		 */
		public CreateIndex {
			uniqueKey = List.copyOf(uniqueKey);
		}

	}

	/**
	 * {@code DROP INDEX}.
	 *
	 * @param at the first token
	 * @param indexes the indexes
	 * @param concurrently whether {@code CONCURRENTLY} is given
	 * @param ifExists whether {@code IF EXISTS} is given
	 */
	record DropIndex(Token at, List<TableName> indexes, boolean concurrently, boolean ifExists) implements Command {
	}

	/**
	 * {@code REINDEX}.
	 *
	 * @param at the first token
	 * @param target {@code INDEX}, {@code TABLE}, {@code SCHEMA}, {@code DATABASE} or
	 * {@code SYSTEM}
	 * @param name the index or table, or null for the wider targets
	 * @param concurrently whether {@code CONCURRENTLY} is given
	 */
	record Reindex(Token at, String target, TableName name, boolean concurrently) implements Command {
	}

	/**
	 * {@code DROP TABLE}.
	 *
	 * @param at the first token
	 * @param tables the tables
	 */
	record DropTable(Token at, List<TableName> tables) implements Command {
	}

	/**
	 * {@code ALTER TABLE}.
	 *
	 * @param table the table
	 * @param actions its actions, in order
	 */
	record AlterTable(TableName table, List<TableAction> actions) implements Command {
	}

	/**
	 * {@code ALTER TYPE … ADD VALUE}.
	 *
	 * @param at the first token
	 * @param type the enum type
	 * @param ifNotExists whether {@code IF NOT EXISTS} is given
	 */
	record AddEnumValue(Token at, TableName type, boolean ifNotExists) implements Command {
	}

	/**
	 * {@code INSERT}, {@code UPDATE} or {@code DELETE}.
	 *
	 * @param at the verb's token
	 * @param verb the verb, upper case
	 * @param table the changed table
	 * @param bounded whether a {@code WHERE} bounds it to a key range
	 * @param equalities the table's columns an {@code AND}-joined equality of the
	 * {@code WHERE} clause fixes to one value each ({@code name = 'x'})
	 */
	record DataChange(Token at, String verb, TableName table, boolean bounded,
			Set<String> equalities) implements Command {

		/**
		 * Copies the columns.
		 */
		public DataChange {
			equalities = Set.copyOf(equalities);
		}

	}

	/**
	 * {@code VACUUM}, {@code ANALYZE} or {@code CLUSTER}.
	 *
	 * @param at the first token
	 * @param operation what it does
	 * @param tables the tables; none for the whole database
	 */
	record Maintenance(Token at, Operation operation, List<TableName> tables) implements Command {
	}

	/**
	 * {@code LOCK TABLE}.
	 *
	 * @param tables the tables
	 * @param mode the requested mode
	 */
	record LockTable(List<TableName> tables, LockLevel mode) implements Command {
	}

	/**
	 * {@code BEGIN}, {@code COMMIT}, {@code ROLLBACK}, {@code SAVEPOINT} and the like.
	 *
	 * @param at the first token
	 * @param keyword the statement's first keyword, upper case
	 */
	record TransactionControl(Token at, String keyword) implements Command {
	}

	/**
	 * A statement that takes one lock on some tables, such as {@code TRUNCATE},
	 * {@code CREATE TRIGGER}, {@code SELECT}, {@code REFRESH MATERIALIZED VIEW}.
	 *
	 * @param tables the tables
	 * @param mode the lock
	 * @param rewrites whether it rewrites them
	 */
	record Locking(List<TableName> tables, LockLevel mode, boolean rewrites) implements Command {
	}

	/**
	 * A statement that takes one lock on an index: {@code ALTER INDEX},
	 * {@code COMMENT ON INDEX}.
	 *
	 * @param index the index
	 * @param mode the lock
	 */
	record IndexLocking(TableName index, LockLevel mode) implements Command {
	}

	/**
	 * {@code CREATE VIEW}, {@code CREATE MATERIALIZED VIEW}, {@code CREATE SEQUENCE},
	 * {@code CREATE TYPE}, {@code CREATE FUNCTION} or {@code CREATE PROCEDURE}: an object
	 * the pending set then has. {@code CREATE OR REPLACE} of a view that exists takes
	 * ACCESS EXCLUSIVE on it.
	 *
	 * @param name the object
	 * @param kind what it is, upper case ({@code VIEW}, {@code MATERIALIZED VIEW},
	 * {@code SEQUENCE}, {@code TYPE}, {@code FUNCTION}, {@code PROCEDURE})
	 * @param replace whether it is {@code CREATE OR REPLACE}
	 */
	record CreateObject(TableName name, String kind, boolean replace) implements Command {
	}

	/**
	 * {@code DO}: an anonymous PL/pgSQL block, one transaction however many statements
	 * its body runs.
	 *
	 * @param at the first token
	 * @param body the SQL statements of its body, in order; none when the body is in
	 * another language or cannot be read
	 */
	record DoBlock(Token at, List<Statement> body) implements Command {

		/**
		 * Copies the list.
		 */
		public DoBlock {
			body = List.copyOf(body);
		}

		/**
		 * One SQL statement of the body.
		 *
		 * @param description what it is, its tokens placed in the file
		 * @param inLoop whether it runs inside a loop of the body
		 */
		public record Statement(StatementDescription description, boolean inLoop) {
		}

	}

	/**
	 * Any other statement: no rule applies and no table lock is known.
	 */
	record Other() implements Command {
	}

	/**
	 * A maintenance operation.
	 */
	enum Operation {

		/** Plain {@code VACUUM}. */
		VACUUM,

		/** {@code VACUUM FULL}, which rewrites. */
		VACUUM_FULL,

		/** {@code ANALYZE}. */
		ANALYZE,

		/** {@code CLUSTER}, which rewrites. */
		CLUSTER

	}

}
