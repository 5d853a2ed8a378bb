package dev.migrations.internal.sql.ddl;

import java.util.List;
import java.util.Objects;

import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.Token;

/**
 * The one place that works out what a statement is: reads its command from the tokens the
 * splitter kept, then its transaction-block need ({@link TransactionBlocks}), whether it
 * is long-running, and the relations it locks ({@link Relations}). Unknown or unreadable
 * statements become {@link Command.Other}; describing never fails.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class StatementClassifier {

	private static final StatementReader READER = new StatementReader();

	private StatementClassifier() {
	}

	/**
	 * Describes a statement.
	 * @param statement the statement, with its tokens
	 * @return what it is
	 * @throws NullPointerException if statement is null
	 */
	public static StatementDescription describe(SqlStatement statement) {
		Objects.requireNonNull(statement, "statement");
		return describe(statement.significantTokens());
	}

	static StatementDescription describe(List<Token> significant) {
		Command command = READER.read(significant);
		return new StatementDescription(command, TransactionBlocks.of(command, significant), longRunning(command),
				Relations.of(command));
	}

	private static boolean longRunning(Command command) {
		if (command instanceof Command.CreateIndex index) {
			return index.concurrently();
		}
		if (command instanceof Command.Reindex reindex) {
			return reindex.concurrently();
		}
		if (command instanceof Command.AlterTable alter) {
			return alter.actions()
				.stream()
				.anyMatch((action) -> action instanceof TableAction.ValidateConstraint
						|| (action instanceof TableAction.Generic && action.at().isWord("VALIDATE")));
		}
		return false;
	}

}
