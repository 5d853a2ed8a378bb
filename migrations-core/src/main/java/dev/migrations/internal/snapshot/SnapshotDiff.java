package dev.migrations.internal.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.migrations.verify.SchemaDifference;

/**
 * Compares two snapshots. The differences come sorted by kind (tables first, then
 * columns, constraints, indexes and so on), then object name, then attribute in the order
 * the reader lists them, so the same two snapshots always give the same lines.
 * <p>
 * Stateless and thread-safe.
 */
public final class SnapshotDiff {

	private SnapshotDiff() {
	}

	/**
	 * The differences from one snapshot to another.
	 * @param before the earlier snapshot
	 * @param after the later snapshot
	 * @return the differences, sorted; empty when the snapshots hold the same objects
	 * with the same attributes
	 */
	public static List<SchemaDifference> between(SchemaSnapshot before, SchemaSnapshot after) {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		Set<CatalogObject.Key> keys = new TreeSet<>(before.objects().keySet());
		keys.addAll(after.objects().keySet());
		List<SchemaDifference> differences = new ArrayList<>();
		for (CatalogObject.Key key : keys) {
			CatalogObject was = before.objects().get(key);
			CatalogObject is = after.objects().get(key);
			if (was == null) {
				differences.add(new SchemaDifference(key.kind().label(), key.name(), null, null, is.summary()));
			}
			else if (is == null) {
				differences.add(new SchemaDifference(key.kind().label(), key.name(), null, was.summary(), null));
			}
			else {
				differences.addAll(attributes(was, is));
			}
		}
		return List.copyOf(differences);
	}

	private static List<SchemaDifference> attributes(CatalogObject was, CatalogObject is) {
		Set<String> names = new LinkedHashSet<>(was.attributes().keySet());
		names.addAll(is.attributes().keySet());
		List<SchemaDifference> differences = new ArrayList<>();
		for (String name : names) {
			String before = value(was.attributes(), name);
			String after = value(is.attributes(), name);
			if (!Objects.equals(before, after)) {
				differences.add(new SchemaDifference(was.kind().label(), was.name(), name, before, after));
			}
		}
		return differences;
	}

	private static String value(Map<String, String> attributes, String name) {
		return attributes.get(name);
	}

}
