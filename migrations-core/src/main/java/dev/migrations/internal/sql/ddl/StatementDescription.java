package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one statement is, worked out once from its tokens by {@link StatementClassifier}:
 * its command (with the DDL details the linter reads), whether PostgreSQL refuses it in a
 * transaction block, whether it is long by nature while holding no lock that blocks reads
 * and writes, and the relations it touches with the lock it takes on each. The linter,
 * the plan, the runner, the index guard and verify all read this; none lexes the
 * statement again.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param command what it does
 * @param transactionBlock whether it may run inside a transaction block
 * @param longRunning whether it takes long by nature without blocking reads and writes:
 * an index built or rebuilt {@code CONCURRENTLY}, a constraint validated
 * @param relations the relations it locks, in the order the statement names them
 */
public record StatementDescription(Command command, TransactionBlock transactionBlock, boolean longRunning,
		List<RelationLock> relations) {

	/**
	 * Validates the values and copies the list.
	 * @throws NullPointerException if a value is null
	 */
	public StatementDescription {
		Objects.requireNonNull(command, "command");
		Objects.requireNonNull(transactionBlock, "transactionBlock");
		relations = List.copyOf(relations);
	}

	/**
	 * Whether a server refuses the statement inside a transaction block.
	 * @param serverVersionNum the server's {@code server_version_num}
	 * @return {@code true} if it must run alone, in autocommit
	 */
	public boolean refusesTransactionBlock(int serverVersionNum) {
		return this.transactionBlock.refusedOn(serverVersionNum);
	}

	/**
	 * The index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY} statement builds under a
	 * name of its own (an unnamed one cannot be looked up before it exists).
	 * @return the build, or {@code null} when the statement is not one
	 */
	public Command.CreateIndex concurrentIndexBuild() {
		return (this.command instanceof Command.CreateIndex index && index.concurrently() && index.index() != null)
				? index : null;
	}

	/**
	 * Every name the statement gives a relation: those it locks, and the new name of a
	 * table it renames.
	 * @return the names, without repeats, in the order the statement names them
	 */
	public List<TableName> relationNames() {
		List<TableName> names = new ArrayList<>();
		for (RelationLock lock : this.relations) {
			if (!names.contains(lock.relation())) {
				names.add(lock.relation());
			}
		}
		if (this.command instanceof Command.AlterTable alter) {
			alter.actions()
				.stream()
				.filter(TableAction.RenameTable.class::isInstance)
				.map((action) -> ((TableAction.RenameTable) action).to())
				.filter((name) -> !names.contains(name))
				.forEach(names::add);
		}
		return names;
	}

}
