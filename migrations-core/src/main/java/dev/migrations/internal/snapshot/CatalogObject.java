package dev.migrations.internal.snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One object of a snapshot: what it is, its display name, and the attributes two
 * snapshots compare. Attribute values are rendered text, {@code null} for none (no
 * default, no comment); their order is the order differences are listed in.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param kind what the object is
 * @param name the display name: quoted where PostgreSQL would quote it, and
 * schema-qualified when the snapshot covers several schemas, such as
 * {@code orders.tracking_number}
 * @param summary what a difference line shows when the object exists on one side only,
 * such as {@code text, not null}; may be empty
 * @param attributes the compared attributes, by name, in listing order
 */
public record CatalogObject(ObjectKind kind, String name, String summary, Map<String, String> attributes) {

	/**
	 * Validates and copies the values.
	 * @throws NullPointerException if kind, name, summary or attributes is null
	 * @throws IllegalArgumentException if the name is blank
	 */
	public CatalogObject {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(summary, "summary");
		if (name.isBlank()) {
			throw new IllegalArgumentException("A catalog object needs a name");
		}
		// LinkedHashMap: attribute values may be null (none), and their order is kept
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes")));
	}

	/**
	 * The key of this object in a snapshot.
	 * @return kind and name
	 */
	public Key key() {
		return new Key(this.kind, this.name);
	}

	/**
	 * What identifies an object within a snapshot; keys sort by kind, then name.
	 *
	 * @param kind the kind
	 * @param name the display name
	 */
	public record Key(ObjectKind kind, String name) implements Comparable<Key> {

		/**
		 * Validates the values.
		 * @throws NullPointerException if kind or name is null
		 */
		public Key {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(name, "name");
		}

		@Override
		public int compareTo(Key other) {
			int byKind = this.kind.compareTo(other.kind);
			return (byKind != 0) ? byKind : this.name.compareTo(other.name);
		}

	}

}
