package dev.migrations.verify;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two schema snapshots, such as the schema before a migration's up
 * and after its down: an object that exists on one side only, or one attribute of an
 * object that changed.
 * <p>
 * {@link #line()} reads {@code column orders.tracking_number: nullable → not null},
 * {@code index idx_orders_customer_id: absent → present (CREATE INDEX …)} or
 * {@code column users.phone: present (character varying(30), nullable) → absent}.
 * Attributes whose values say what they are ({@code nullability}, {@code validity},
 * {@code firing}, {@code persistence}, {@code cycle}) are shown without their name; other
 * ones with it ({@code column users.name: type text → character varying(200)}).
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param kind the kind of object, such as {@code column}, {@code index} or
 * {@code enum type}
 * @param name the object's name, such as {@code orders.tracking_number} (columns,
 * constraints and triggers are named after their table)
 * @param attribute the attribute that changed, such as {@code nullability}, {@code type},
 * {@code default} or {@code definition}; {@code null} when the object exists on one side
 * only
 * @param before the value before, or for an object that exists on one side only, its
 * summary ({@code null}: the object was absent, or the attribute had no value)
 * @param after the value after, or for an object that exists on one side only, its
 * summary ({@code null}: the object is absent, or the attribute has no value)
 */
public record SchemaDifference(String kind, String name, @Nullable String attribute, @Nullable String before,
		@Nullable String after) {

	private static final Set<String> SELF_DESCRIBING = Set.of("nullability", "validity", "firing", "persistence",
			"cycle");

	private static final int CONTEXT = 40;

	private static final int WIDTH = 100;

	/**
	 * Validates the values.
	 * @throws NullPointerException if kind or name is null
	 * @throws IllegalArgumentException if kind or name is blank, an existence difference
	 * does not have exactly one side, or an attribute difference has equal sides
	 */
	public SchemaDifference {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		if (kind.isBlank() || name.isBlank()) {
			throw new IllegalArgumentException("A schema difference needs a kind and a name");
		}
		if (attribute == null && (before == null) == (after == null)) {
			throw new IllegalArgumentException(
					"An object that exists on one side only needs exactly one side: " + kind + " " + name);
		}
		if (attribute != null && Objects.equals(before, after)) {
			throw new IllegalArgumentException(
					"No difference in " + attribute + " of " + kind + " " + name + ": both are " + before);
		}
	}

	/**
	 * The object, such as {@code column orders.tracking_number}.
	 * @return kind and name
	 */
	public String object() {
		return this.kind + " " + this.name;
	}

	/**
	 * The difference as one readable line, long values cut short around where they
	 * differ.
	 * @return such as {@code column orders.tracking_number: nullable → not null}
	 */
	public String line() {
		if (this.attribute == null) {
			return (this.before == null) ? object() + ": absent → present" + summary(this.after)
					: object() + ": present" + summary(this.before) + " → absent";
		}
		String label = SELF_DESCRIBING.contains(this.attribute) ? "" : this.attribute + " ";
		int from = firstDifference(flat(this.before), flat(this.after));
		return object() + ": " + label + excerpt(this.before, from) + " → " + excerpt(this.after, from);
	}

	@Override
	public String toString() {
		return line();
	}

	private static String summary(String summary) {
		String flat = flat(summary);
		if (flat.isEmpty()) {
			return "";
		}
		return " (" + ((flat.length() > WIDTH) ? flat.substring(0, WIDTH) + "…" : flat) + ")";
	}

	private static String excerpt(String value, int from) {
		if (value == null) {
			return "none";
		}
		String flat = flat(value);
		if (flat.length() <= WIDTH) {
			return flat;
		}
		// show where two long definitions part, not their common beginning, and both
		// sides from the same offset, so that they read one above the other
		int start = Math.max(0, Math.min(from - CONTEXT, flat.length() - 1));
		int end = Math.min(flat.length(), start + WIDTH);
		return ((start > 0) ? "…" : "") + flat.substring(start, end) + ((end < flat.length()) ? "…" : "");
	}

	private static int firstDifference(String a, String b) {
		int n = Math.min(a.length(), b.length());
		int i = 0;
		while (i < n && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	private static String flat(String value) {
		return (value != null) ? value.strip().replaceAll("\\s+", " ") : "";
	}

}
