package dev.migrations.internal.sql.ddl;

import java.util.List;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * Which statements PostgreSQL refuses inside a transaction block ("cannot run inside a
 * transaction block"). The decision is made on the statement's command where the reader
 * knows it, and on keywords otherwise, matched on tokens: the same letters in a string, a
 * quoted identifier or a comment never count.
 * <p>
 * Where PostgreSQL's answer depends on the catalog, or on an option value that cannot be
 * read, the rules say refused, as running such a statement in autocommit always works:
 * <ul>
 * <li>{@code CREATE SUBSCRIPTION} and {@code DROP SUBSCRIPTION} always (they may run in a
 * transaction only without a replication slot);</li>
 * <li>{@code ALTER SUBSCRIPTION} for every action but {@code ENABLE}, {@code DISABLE},
 * {@code OWNER TO} and {@code RENAME TO};</li>
 * <li>{@code REINDEX (CONCURRENTLY <value>)} unless the value is {@code false},
 * {@code off} or {@code 0}: {@code REINDEX (CONCURRENTLY false) TABLE t} is an ordinary
 * reindex, which runs in a transaction.</li>
 * </ul>
 * {@code CLUSTER} of a partitioned table is refused in a transaction block too, but
 * telling it from an ordinary table needs the catalog: only {@code CLUSTER} without a
 * table name is recognised.
 * <p>
 * This class is stateless and thread-safe.
 */
final class TransactionBlocks {

	private static final List<String> WIDE_REINDEX = List.of("SCHEMA", "DATABASE", "SYSTEM");

	private TransactionBlocks() {
	}

	/**
	 * The need of a statement: {@code CREATE [UNIQUE] INDEX CONCURRENTLY},
	 * {@code DROP INDEX CONCURRENTLY}, {@code REINDEX … CONCURRENTLY} in any of its
	 * forms, {@code REINDEX SCHEMA|DATABASE|SYSTEM},
	 * {@code ALTER TABLE … DETACH PARTITION … CONCURRENTLY}, {@code VACUUM} in any form,
	 * {@code CREATE|DROP DATABASE}, {@code CREATE|DROP TABLESPACE}, {@code ALTER SYSTEM},
	 * {@code ALTER DATABASE … SET TABLESPACE}, subscriptions, {@code CLUSTER} without a
	 * table name, {@code DISCARD ALL} and {@code COMMIT|ROLLBACK PREPARED} are refused;
	 * {@code ALTER TYPE … ADD VALUE} is refused before PostgreSQL 12.
	 * @param command the statement's command
	 * @param tokens its significant tokens
	 * @return the need
	 */
	static TransactionBlock of(Command command, List<Token> tokens) {
		if (command instanceof Command.Reindex reindex) {
			return refusedIf(reindex.concurrently() || WIDE_REINDEX.contains(reindex.target()));
		}
		if (command instanceof Command.AddEnumValue) {
			return TransactionBlock.REFUSED_BEFORE_PG12;
		}
		return byKeywords(new TokenCursor(tokens));
	}

	private static TransactionBlock byKeywords(TokenCursor tokens) {
		if (tokens.accept("CREATE")) {
			return refusedIf(create(tokens));
		}
		if (tokens.accept("DROP")) {
			return refusedIf(drop(tokens));
		}
		if (tokens.accept("ALTER")) {
			return alter(tokens);
		}
		if (tokens.accept("REINDEX")) {
			// a REINDEX the reader could not make out: the old, cautious reading
			return refusedIf(
					tokens.containsWord("CONCURRENTLY") || skipOptions(tokens).isWord("SCHEMA", "DATABASE", "SYSTEM"));
		}
		if (tokens.accept("CLUSTER")) {
			skipOptions(tokens).accept("VERBOSE");
			return refusedIf(tokens.atEnd());
		}
		if (tokens.accept("DISCARD")) {
			return refusedIf(tokens.isWord("ALL"));
		}
		if (tokens.isWord("COMMIT", "ROLLBACK")) {
			return refusedIf(tokens.isWordAt(1, "PREPARED"));
		}
		return refusedIf(tokens.isWord("VACUUM"));
	}

	private static boolean create(TokenCursor tokens) {
		tokens.accept("UNIQUE");
		if (tokens.accept("INDEX")) {
			// The grammar has CONCURRENTLY only right after INDEX, before the optional
			// index name
			return tokens.isWord("CONCURRENTLY");
		}
		return tokens.isWord("DATABASE", "TABLESPACE", "SUBSCRIPTION");
	}

	private static boolean drop(TokenCursor tokens) {
		if (tokens.accept("INDEX")) {
			return tokens.isWord("CONCURRENTLY");
		}
		return tokens.isWord("DATABASE", "TABLESPACE", "SUBSCRIPTION");
	}

	private static TransactionBlock alter(TokenCursor tokens) {
		if (tokens.isWord("SYSTEM")) {
			return TransactionBlock.REFUSED;
		}
		if (tokens.accept("DATABASE")) {
			return refusedIf(seekRun(tokens, "SET", "TABLESPACE"));
		}
		if (tokens.accept("TABLE")) {
			return refusedIf(seekRun(tokens, "DETACH", "PARTITION") && tokens.seek("CONCURRENTLY"));
		}
		if (tokens.accept("TYPE")) {
			return seekRun(tokens, "ADD", "VALUE") ? TransactionBlock.REFUSED_BEFORE_PG12 : TransactionBlock.ALLOWED;
		}
		if (tokens.accept("SUBSCRIPTION")) {
			// ALTER SUBSCRIPTION name action: the name is one token, quoted or not
			return refusedIf(!tokens.isWordAt(1, "ENABLE", "DISABLE", "OWNER", "RENAME"));
		}
		return TransactionBlock.ALLOWED;
	}

	/** Moves past a run of consecutive words found outside parentheses. */
	private static boolean seekRun(TokenCursor tokens, String... run) {
		while (tokens.seek(run[0])) {
			if (tokens.accept(run)) {
				return true;
			}
			tokens.next();
		}
		return false;
	}

	private static TokenCursor skipOptions(TokenCursor tokens) {
		if (tokens.is(TokenKind.LEFT_PAREN)) {
			tokens.group();
		}
		return tokens;
	}

	private static TransactionBlock refusedIf(boolean refused) {
		return refused ? TransactionBlock.REFUSED : TransactionBlock.ALLOWED;
	}

}
