package dev.migrations.internal.snapshot;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.migrations.internal.discovery.Section;
import dev.migrations.internal.sql.ddl.ProceduralBody;
import dev.migrations.internal.sql.ddl.StatementDescription;
import dev.migrations.internal.sql.ddl.TableName;

/**
 * The tables a migration names, for verify to count their rows and name their locks: the
 * relations each statement's description names (the new name of a renamed table
 * included), and those of the statements in a {@code DO} block's body. Nothing is lexed
 * again but a {@code DO} body, which the statement's own lexing left as one string.
 * <p>
 * The result may name more than tables (an index, a view): a name the database does not
 * know as a table of the scope is dropped later.
 * <p>
 * Stateless and thread-safe.
 */
public final class TouchedTables {

	private TouchedTables() {
	}

	/**
	 * The table names of a section, as SQL would write them: {@code orders},
	 * {@code public.orders}, {@code "Orders"}.
	 * @param section the section, or {@code null} (an irreversible migration's down)
	 * @return the names, in order of appearance, without repeats
	 */
	public static Set<String> in(Section section) {
		Set<String> names = new LinkedHashSet<>();
		if (section == null) {
			return names;
		}
		for (int i = 0; i < section.statements().size(); i++) {
			add(section.description(i), names);
			ProceduralBody.of(section.description(i)).forEach((statement) -> add(statement, names));
		}
		return names;
	}

	private static void add(StatementDescription description, Set<String> names) {
		description.relationNames().forEach((name) -> names.add(written(name)));
	}

	/**
	 * A name as SQL would write it: each part bare when it is a plain lower-case
	 * identifier, quoted otherwise.
	 */
	static String written(TableName name) {
		return (name.schema() != null) ? part(name.schema()) + "." + part(name.name()) : part(name.name());
	}

	private static String part(String identifier) {
		boolean plain = !identifier.isEmpty() && !Character.isDigit(identifier.charAt(0))
				&& identifier.chars().allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
		return plain ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
