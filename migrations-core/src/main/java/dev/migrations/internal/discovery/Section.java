package dev.migrations.internal.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.ddl.StatementClassifier;
import dev.migrations.internal.sql.ddl.StatementDescription;
import dev.migrations.internal.sql.ddl.TransactionBlock;

/**
 * One section of a migration (its up or its down), split into statements, with what each
 * statement is, described once, when the section is made, from the tokens its split kept:
 * every command that splits a section reads what its statements are, so the descriptions
 * are part of reading it.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class Section {

	private final String sql;

	private final int firstLine;

	private final List<SqlStatement> statements;

	private final Map<Integer, BatchSpec> batches;

	private final List<StatementDescription> descriptions;

	private final TransactionBlock need;

	private final boolean outsideTransaction;

	/**
	 * Creates a section that runs in one transaction when its statements allow it.
	 * @param sql the section's text, as in the file
	 * @param firstLine the 1-based line of the file where the text starts
	 * @param statements the statements, with their lines and columns in the file
	 * @param batches the batched statements: index in {@code statements} → how to walk it
	 * @throws NullPointerException if a value is null
	 * @throws IllegalArgumentException if firstLine is not positive
	 */
	public Section(String sql, int firstLine, List<SqlStatement> statements, Map<Integer, BatchSpec> batches) {
		this(sql, firstLine, statements, batches, false);
	}

	/**
	 * Creates a section.
	 * @param sql the section's text, as in the file
	 * @param firstLine the 1-based line of the file where the text starts
	 * @param statements the statements, with their lines and columns in the file
	 * @param batches the batched statements: index in {@code statements} → how to walk it
	 * @param outsideTransaction whether the file says it must run outside a transaction
	 * (Flyway's {@code executeInTransaction=false}), whatever its statements are
	 * @throws NullPointerException if a value is null
	 * @throws IllegalArgumentException if firstLine is not positive
	 */
	public Section(String sql, int firstLine, List<SqlStatement> statements, Map<Integer, BatchSpec> batches,
			boolean outsideTransaction) {
		this.outsideTransaction = outsideTransaction;
		this.sql = Objects.requireNonNull(sql, "sql");
		if (firstLine < 1) {
			throw new IllegalArgumentException("firstLine must be positive: " + firstLine);
		}
		this.firstLine = firstLine;
		this.statements = List.copyOf(statements);
		this.batches = Map.copyOf(batches);
		List<StatementDescription> described = new ArrayList<>(this.statements.size());
		TransactionBlock strictest = TransactionBlock.ALLOWED;
		for (SqlStatement statement : this.statements) {
			StatementDescription description = StatementClassifier.describe(statement);
			described.add(description);
			strictest = strictest.max(description.transactionBlock());
		}
		this.descriptions = List.copyOf(described);
		this.need = strictest;
	}

	/**
	 * A section without batched statements.
	 * @param sql the section's text
	 * @param firstLine the 1-based line where it starts
	 * @param statements its statements
	 */
	public Section(String sql, int firstLine, List<SqlStatement> statements) {
		this(sql, firstLine, statements, Map.of());
	}

	/**
	 * The section's text, as in the file.
	 * @return the text
	 */
	public String sql() {
		return this.sql;
	}

	/**
	 * Where the text starts.
	 * @return the 1-based line of the file
	 */
	public int firstLine() {
		return this.firstLine;
	}

	/**
	 * The statements.
	 * @return the statements, in order
	 */
	public List<SqlStatement> statements() {
		return this.statements;
	}

	/**
	 * The batched statements.
	 * @return index in {@link #statements()} → how to walk it
	 */
	public Map<Integer, BatchSpec> batches() {
		return this.batches;
	}

	/**
	 * Whether a statement of this section is batched.
	 * @param index the statement's index
	 * @return the batch, or {@code null}
	 */
	public BatchSpec batch(int index) {
		return this.batches.get(index);
	}

	/**
	 * What a statement is.
	 * @param index the statement's index
	 * @return its description
	 */
	public StatementDescription description(int index) {
		return this.descriptions.get(index);
	}

	/**
	 * What every statement is.
	 * @return the descriptions, in statement order
	 */
	public List<StatementDescription> descriptions() {
		return this.descriptions;
	}

	/**
	 * Whether the section runs in one transaction on a server: its file does not say
	 * otherwise, and it has no batched statement and no statement the server refuses
	 * inside a transaction block.
	 * @param serverVersionNum the server's {@code server_version_num}
	 * @return {@code true} if it runs in one transaction
	 */
	public boolean transactional(int serverVersionNum) {
		return !this.outsideTransaction && this.batches.isEmpty() && !this.need.refusedOn(serverVersionNum);
	}

}
