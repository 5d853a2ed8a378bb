package dev.migrations.internal.snapshot;

/**
 * The kinds of catalog object a snapshot holds, in the order differences are listed.
 */
public enum ObjectKind {

	/** An ordinary or partitioned table. */
	TABLE("table"),

	/** A column of a table. */
	COLUMN("column"),

	/** A check, foreign key, primary key, unique or exclusion constraint of a table. */
	CONSTRAINT("constraint"),

	/** An index, constraint indexes included. */
	INDEX("index"),

	/** A sequence, identity sequences included. */
	SEQUENCE("sequence"),

	/** A view. */
	VIEW("view"),

	/** A materialized view. */
	MATERIALIZED_VIEW("materialized view"),

	/** A function or procedure (aggregates and extension members aside). */
	FUNCTION("function"),

	/** A user trigger of a table. */
	TRIGGER("trigger"),

	/** An enum type. */
	ENUM_TYPE("enum type"),

	/** An extension installed in one of the schemas. */
	EXTENSION("extension");

	private final String label;

	ObjectKind(String label) {
		this.label = label;
	}

	/**
	 * The kind as a difference line names it, such as {@code enum type}.
	 * @return the label
	 */
	public String label() {
		return this.label;
	}

}
