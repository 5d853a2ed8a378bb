package dev.migrations.internal.snapshot;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The catalog objects of some schemas at one moment, sorted by kind and name. Two
 * snapshots of the same schema state are equal.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param schemas the schemas read, in the order given
 * @param objects the objects, keyed and sorted by kind, then name
 */
public record SchemaSnapshot(List<String> schemas, Map<CatalogObject.Key, CatalogObject> objects) {

	/**
	 * Validates and copies the values.
	 * @throws NullPointerException if schemas or objects is null
	 */
	public SchemaSnapshot {
		schemas = List.copyOf(schemas);
		objects = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(objects, "objects")));
	}

	/**
	 * A snapshot of some objects.
	 * @param schemas the schemas read
	 * @param objects the objects
	 * @return the snapshot
	 * @throws IllegalArgumentException if two objects have the same kind and name
	 */
	public static SchemaSnapshot of(List<String> schemas, List<CatalogObject> objects) {
		Map<CatalogObject.Key, CatalogObject> byKey = new TreeMap<>();
		for (CatalogObject object : objects) {
			if (byKey.put(object.key(), object) != null) {
				throw new IllegalArgumentException(
						"Two catalog objects are named " + object.kind().label() + " " + object.name());
			}
		}
		return new SchemaSnapshot(schemas, byKey);
	}

	/**
	 * The object of a kind and name.
	 * @param kind the kind
	 * @param name the display name
	 * @return the object, or {@code null} when the snapshot has none
	 */
	public CatalogObject get(ObjectKind kind, String name) {
		return this.objects.get(new CatalogObject.Key(kind, name));
	}

}
