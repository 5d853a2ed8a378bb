package dev.migrations.internal.lint;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.lint.LintFinding;

/**
 * Lints pending migrations before they run: each up statement is checked against what
 * exists at that point — the catalog, plus the tables the pending set creates before it —
 * and the server version. Only pending migrations are linted; applied ones are history.
 * <p>
 * Usage:
 * {@code new Linter(JdbcCatalog.read(connection, null), serverVersionNum).lint(pending)}.
 * Thread-safe: every call walks with its own state.
 */
public final class Linter {

	private final MigrationInspector inspector;

	/**
	 * Creates a linter.
	 * @param catalog what exists before the pending migrations ({@link Catalog#empty()}
	 * when there is no connection: every table not created by the pending set then counts
	 * as existing)
	 * @param serverVersionNum the server's {@code server_version_num}, such as
	 * {@code 170002}
	 * @throws NullPointerException if catalog is null
	 * @throws IllegalArgumentException if serverVersionNum is not positive
	 */
	public Linter(Catalog catalog, int serverVersionNum) {
		Objects.requireNonNull(catalog, "catalog");
		if (serverVersionNum < 1) {
			throw new IllegalArgumentException("server_version_num must be positive, got " + serverVersionNum);
		}
		this.inspector = new MigrationInspector(catalog, serverVersionNum);
	}

	/**
	 * Lints the pending migrations.
	 * @param pending the pending migrations, in version order
	 * @return every finding, migration by migration and in file order within one,
	 * suppressed ones included (see {@link LintFinding#blocking()})
	 * @throws NullPointerException if pending is null
	 */
	public List<LintFinding> lint(List<MigrationScript> pending) {
		return lint(pending, null);
	}

	/**
	 * Lints the pending migrations above a version. Those at or below it are still read,
	 * in order, so that what they create counts as new for the ones after them.
	 * @param pending the pending migrations, in version order
	 * @param startAfter the version at or below which findings are left out, or
	 * {@code null} for none
	 * @return the findings of the migrations above it
	 * @throws NullPointerException if pending is null
	 */
	public List<LintFinding> lint(List<MigrationScript> pending, Version startAfter) {
		return this.inspector.inspect(pending)
			.stream()
			.filter((migration) -> startAfter == null || migration.facts().script().version().compareTo(startAfter) > 0)
			.flatMap((migration) -> migration.findings().stream())
			.toList();
	}

	/**
	 * The ids of every rule, as {@code -- migrate:allow} names them.
	 * @return the ids
	 */
	public static Set<String> ruleIds() {
		return Rules.ids();
	}

}
