package dev.migrations.internal.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrations.MigrationFile;
import dev.migrations.internal.discovery.MigrationScript;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.sql.ddl.TableName;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.MigrationPlan;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Migrations from text and an in-memory catalog, for rule tests. A case is the up section
 * of one or more migrations, separated by lines of {@code ====}; a migration that starts
 * with its own {@code -- migrate:…} header lines keeps them.
 */
final class LintFixture {

	static final int PG17 = 170004;

	static final int PG12 = 120000;

	static final int PG11 = 110000;

	static final int PG10 = 100000;

	private LintFixture() {
	}

	/**
	 * The database the rule tests run against: {@code orders} (1,200,000 rows), (primary
	 * key {@code id}, unique {@code (customer_id, code)}), {@code users} (primary key
	 * {@code id}, unique {@code email}), {@code legacy_events} (never analyzed), a
	 * soft-deleted {@code _old_audit_deprecated}, and the index
	 * {@code idx_orders_status}.
	 */
	static Catalog catalog() {
		CatalogTable orders = new CatalogTable(TableName.of("public.orders"), 1_200_000,
				Map.of("id", "bigint", "customer_id", "bigint", "status", "text", "created_at",
						"timestamp with time zone", "tracking_number", "character varying(100)", "note",
						"character varying(30)", "amount", "numeric(10,2)", "code", "integer"),
				Set.of("id", "customer_id", "status"),
				List.of(new CatalogTable.NotNullCheck("orders_note_not_null", "note", false)),
				List.of(Set.of("id"), Set.of("customer_id", "code")));
		CatalogTable users = new CatalogTable(TableName.of("public.users"), 50_000,
				Map.of("id", "bigint", "name", "character varying(200)", "email", "text", "phone",
						"character varying(30)"),
				Set.of("id", "name"), List.of(new CatalogTable.NotNullCheck("users_email_not_null", "email", true)),
				List.of(Set.of("id"), Set.of("email")));
		return Catalog.of(List.of("public"),
				List.of(orders, users, CatalogTable.named(TableName.of("public.legacy_events")),
						CatalogTable.named(TableName.of("public._old_audit_deprecated"))),
				Map.of(TableName.of("public.idx_orders_status"), TableName.of("public.orders")));
	}

	static List<MigrationScript> migrations(String text) {
		List<MigrationFile> files = new ArrayList<>();
		String[] bodies = text.split("(?m)^====\\s*$");
		for (int i = 0; i < bodies.length; i++) {
			String body = bodies[i].strip() + "\n";
			String content = body.contains("-- migrate:up") ? body
					: "-- migrate:up\n" + body + "\n-- migrate:down irreversible\n";
			if (!content.contains("-- migrate:down")) {
				content += "\n-- migrate:down irreversible\n";
			}
			String name = String.format("2026050%d_01_case_%d.sql", i + 1, i + 1);
			files.add(new MigrationFile(name, "db/migrations/" + name, content.getBytes(StandardCharsets.UTF_8)));
		}
		return new ScriptParser().parse(files);
	}

	static List<LintFinding> lint(int serverVersion, String text) {
		return new Linter(catalog(), serverVersion).lint(migrations(text));
	}

	static List<LintFinding> lint(String text) {
		return lint(PG17, text);
	}

	static List<LintFinding> findings(String rule, int serverVersion, String text) {
		return lint(serverVersion, text).stream().filter((finding) -> finding.ruleId().equals(rule)).toList();
	}

	/**
	 * A table row: a rule, the server version, and the SQL of a case.
	 */
	static Arguments on(String rule, int serverVersion, String sql) {
		return Arguments.of(rule, serverVersion, sql);
	}

	static Arguments on(String rule, String sql) {
		return on(rule, PG17, sql);
	}

	static MigrationPlan plan(int serverVersion, String text) {
		return new Planner(catalog(), serverVersion).plan(migrations(text));
	}

}
