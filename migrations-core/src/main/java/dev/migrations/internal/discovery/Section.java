package dev.migrations.internal.discovery;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrations.internal.sql.SqlStatement;
import dev.migrations.internal.sql.ddl.StatementClassifier;
import dev.migrations.internal.sql.ddl.StatementDescription;
import dev.migrations.internal.sql.ddl.TransactionBlock;

/**
 * One section of a migration (its up or its down), split into statements, with what each
 * statement is: described once, on first use, and kept.
 * <p>
 * Instances are immutable (the descriptions are computed at most once) and thread-safe.
 */
public final class Section {

	private final String sql;

	private final int firstLine;

	private final List<SqlStatement> statements;

	private final Map<Integer, BatchSpec> batches;

	private volatile Described described;

	/**
	 * Creates a section.
	 * @param sql the section's text, as in the file
	 * @param firstLine the 1-based line of the file where the text starts
	 * @param statements the statements, with their lines and columns in the file
	 * @param batches the batched statements: index in {@code statements} → how to walk it
	 * @throws NullPointerException if a value is null
	 * @throws IllegalArgumentException if firstLine is not positive
	 */
	public Section(String sql, int firstLine, List<SqlStatement> statements, Map<Integer, BatchSpec> batches) {
		this.sql = Objects.requireNonNull(sql, "sql");
		if (firstLine < 1) {
			throw new IllegalArgumentException("firstLine must be positive: " + firstLine);
		}
		this.firstLine = firstLine;
		this.statements = List.copyOf(statements);
		this.batches = Map.copyOf(batches);
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
		return described().descriptions().get(index);
	}

	/**
	 * What every statement is.
	 * @return the descriptions, in statement order
	 */
	public List<StatementDescription> descriptions() {
		return described().descriptions();
	}

	/**
	 * Whether the section runs in one transaction on a server: it has no batched
	 * statement and no statement the server refuses inside a transaction block.
	 * @param serverVersionNum the server's {@code server_version_num}
	 * @return {@code true} if it runs in one transaction
	 */
	public boolean transactional(int serverVersionNum) {
		return this.batches.isEmpty() && !described().need().refusedOn(serverVersionNum);
	}

	private Described described() {
		Described result = this.described;
		if (result == null) {
			// describing is pure: two threads racing here compute the same thing
			List<StatementDescription> descriptions = this.statements.stream()
				.map(StatementClassifier::describe)
				.toList();
			TransactionBlock need = descriptions.stream()
				.map(StatementDescription::transactionBlock)
				.reduce(TransactionBlock.ALLOWED, TransactionBlock::max);
			result = new Described(descriptions, need);
			this.described = result;
		}
		return result;
	}

	private record Described(List<StatementDescription> descriptions, TransactionBlock need) {
	}

}
