package dev.migrations.internal.sql;

import java.util.Objects;

/**
 * Which statements PostgreSQL refuses inside a transaction block ("cannot run inside a
 * transaction block"), so that they must run alone, in autocommit. The decision is made
 * on keywords, matched on tokens: the same letters in a string, a quoted identifier or a
 * comment never count.
 * <p>
 * Where PostgreSQL's answer depends on options or on the catalog, the rules say yes, as
 * running such a statement in autocommit always works:
 * <ul>
 * <li>{@code CREATE SUBSCRIPTION} and {@code DROP SUBSCRIPTION} always (they may run in a
 * transaction only without a replication slot);</li>
 * <li>{@code ALTER SUBSCRIPTION} for every action but {@code ENABLE}, {@code DISABLE},
 * {@code OWNER TO} and {@code RENAME TO}: {@code REFRESH PUBLICATION}, and
 * {@code SET}/{@code ADD}/{@code DROP PUBLICATION} with their default
 * {@code refresh = true}, are refused in a transaction block, and so are some {@code SET}
 * options on recent versions;</li>
 * <li>{@code REINDEX} whenever {@code CONCURRENTLY} appears, {@code (CONCURRENTLY false)}
 * included.</li>
 * </ul>
 * {@code CLUSTER} of a partitioned table is refused in a transaction block too, but
 * telling it from an ordinary table needs the catalog: only {@code CLUSTER} without a
 * table name is recognised.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class TransactionRules {

	private static final int ADD_VALUE_IN_TRANSACTION = 120000;

	private TransactionRules() {
	}

	/**
	 * Whether PostgreSQL refuses a statement inside a transaction block:
	 * {@code CREATE [UNIQUE] INDEX
	 * CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, {@code REINDEX … CONCURRENTLY} (in
	 * any of its forms, such as {@code REINDEX (VERBOSE) TABLE CONCURRENTLY t}),
	 * {@code REINDEX SCHEMA|DATABASE|SYSTEM},
	 * {@code ALTER TABLE … DETACH PARTITION … CONCURRENTLY}, {@code VACUUM} in any form,
	 * {@code CREATE|DROP DATABASE}, {@code CREATE|DROP TABLESPACE}, {@code ALTER SYSTEM},
	 * {@code ALTER DATABASE … SET TABLESPACE}, subscriptions (see the class description),
	 * {@code CLUSTER} without a table name, {@code DISCARD ALL},
	 * {@code COMMIT|ROLLBACK PREPARED}, and {@code ALTER TYPE … ADD VALUE} before
	 * PostgreSQL 12.
	 * @param statement the statement
	 * @param serverVersionNum the server's {@code server_version_num}, such as
	 * {@code 170002}; a value of 0 or less is taken as an old version
	 * @return {@code true} if the statement must run in autocommit
	 * @throws NullPointerException if statement is null
	 * @throws dev.migrations.ScriptException if the statement is not lexically valid,
	 * which never happens for a statement from {@link StatementSplitter}
	 */
	public static boolean requiresAutocommit(SqlStatement statement, int serverVersionNum) {
		Objects.requireNonNull(statement, "statement");
		TokenSequence tokens = new TokenSequence(statement.significantTokens());
		if (tokens.isAnyWord(0, "CREATE")) {
			return create(tokens);
		}
		if (tokens.isAnyWord(0, "DROP")) {
			return drop(tokens);
		}
		if (tokens.isAnyWord(0, "ALTER")) {
			return alter(tokens, serverVersionNum);
		}
		if (tokens.isAnyWord(0, "REINDEX")) {
			return tokens.contains(1, "CONCURRENTLY")
					|| tokens.isAnyWord(tokens.skipParenthesized(1), "SCHEMA", "DATABASE", "SYSTEM");
		}
		if (tokens.isAnyWord(0, "CLUSTER")) {
			return isClusterWithoutTable(tokens);
		}
		if (tokens.isAnyWord(0, "DISCARD")) {
			return tokens.isAnyWord(1, "ALL");
		}
		if (tokens.isAnyWord(0, "COMMIT", "ROLLBACK")) {
			return tokens.isAnyWord(1, "PREPARED");
		}
		return tokens.isAnyWord(0, "VACUUM");
	}

	private static boolean create(TokenSequence tokens) {
		int index = tokens.isAnyWord(1, "UNIQUE") ? 2 : 1;
		if (tokens.isAnyWord(index, "INDEX")) {
			// The grammar has CONCURRENTLY only right after INDEX, before the optional
			// index name
			return tokens.isAnyWord(index + 1, "CONCURRENTLY");
		}
		return tokens.isAnyWord(1, "DATABASE", "TABLESPACE", "SUBSCRIPTION");
	}

	private static boolean drop(TokenSequence tokens) {
		if (tokens.isAnyWord(1, "INDEX")) {
			return tokens.isAnyWord(2, "CONCURRENTLY");
		}
		return tokens.isAnyWord(1, "DATABASE", "TABLESPACE", "SUBSCRIPTION");
	}

	private static boolean alter(TokenSequence tokens, int serverVersionNum) {
		if (tokens.isAnyWord(1, "SYSTEM")) {
			return true;
		}
		if (tokens.isAnyWord(1, "DATABASE")) {
			return tokens.find(2, "SET", "TABLESPACE") >= 0;
		}
		if (tokens.isAnyWord(1, "TABLE")) {
			int detach = tokens.find(2, "DETACH", "PARTITION");
			return detach >= 0 && tokens.find(detach + 2, "CONCURRENTLY") >= 0;
		}
		if (tokens.isAnyWord(1, "TYPE")) {
			// PostgreSQL 12 allows ADD VALUE in a transaction, though the new value is
			// unusable until commit
			return serverVersionNum < ADD_VALUE_IN_TRANSACTION && tokens.find(2, "ADD", "VALUE") >= 0;
		}
		if (tokens.isAnyWord(1, "SUBSCRIPTION")) {
			// ALTER SUBSCRIPTION name action: the name is one token, quoted or not
			return !tokens.isAnyWord(3, "ENABLE", "DISABLE", "OWNER", "RENAME");
		}
		return false;
	}

	private static boolean isClusterWithoutTable(TokenSequence tokens) {
		int index = tokens.skipParenthesized(1);
		if (tokens.isAnyWord(index, "VERBOSE")) {
			index++;
		}
		return index >= tokens.size();
	}

}
