package dev.migrations.autoconfigure.endpoint;

import java.security.Principal;
import java.util.Map;
import java.util.Set;

import dev.migrations.MigrationState;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.RepeatableInfo;
import dev.migrations.Version;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import dev.migrations.autoconfigure.endpoint.MigrationsEndpoint.ContextDescriptor;
import dev.migrations.autoconfigure.endpoint.MigrationsEndpoint.MigrationDescriptor;
import dev.migrations.autoconfigure.endpoint.MigrationsEndpoint.MigratorDescriptor;
import dev.migrations.autoconfigure.endpoint.MigrationsEndpointWebExtension.CommandOutcomes;
import dev.migrations.autoconfigure.endpoint.PlanDescriptor.FindingDescriptor;
import dev.migrations.lint.LintSeverity;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class MigrationsEndpointTests {

	private static final String CONTEXT = "application";

	private static final Set<String> ADMIN = Set.of("MIGRATIONS_ADMIN");

	@Test
	void describesEveryMigrationOfEveryMigrator() {
		Migrator migrator = migratedTo("2");
		MigratorDescriptor descriptor = endpoint(migrator, Show.NEVER).migrations(SecurityContext.NONE)
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator");
		assertThat(descriptor.currentVersion()).isEqualTo("2");
		assertThat(descriptor.migrations()).extracting(MigrationDescriptor::version, MigrationDescriptor::state)
			.containsExactly(tuple("1", MigrationState.APPLIED), tuple("2", MigrationState.APPLIED),
					tuple("3", MigrationState.PENDING));
		MigrationDescriptor first = descriptor.migrations().get(0);
		assertThat(first.description()).isEqualTo("create users");
		assertThat(first.script()).isEqualTo("1_create_users.sql");
		assertThat(first.checksum()).isNotBlank();
		assertThat(first.appliedAt()).isNotNull();
		assertThat(first.appliedBy()).isEqualTo(PostgresServer.get().user());
		assertThat(first.executionTimeMs()).isNotNull();
		assertThat(first.reversible()).isTrue();
		assertThat(first.transactional()).isTrue();
		MigrationDescriptor third = descriptor.migrations().get(2);
		assertThat(third.appliedAt()).isNull();
		assertThat(third.transactional()).isFalse();
	}

	@Test
	void hidesTheSqlByDefault() {
		MigrationDescriptor first = first(endpoint(migratedTo("1"), Show.NEVER), SecurityContext.NONE);
		assertThat(first.upSql()).isNull();
		assertThat(first.downSql()).isNull();
	}

	@Test
	void showsTheSqlWhenAlwaysAllowed() {
		MigrationDescriptor first = first(endpoint(migratedTo("1"), Show.ALWAYS), SecurityContext.NONE);
		assertThat(first.upSql()).contains("CREATE TABLE users");
		assertThat(first.downSql()).contains("DROP TABLE users");
	}

	@Test
	void showsTheSqlWhenAuthorizedOnlyToAnAuthenticatedCaller() {
		MigrationsEndpoint endpoint = endpoint(migratedTo("1"), Show.WHEN_AUTHORIZED);
		assertThat(first(endpoint, SecurityContext.NONE).upSql()).isNull();
		assertThat(first(endpoint, authenticated()).upSql()).contains("CREATE TABLE users");
	}

	@Test
	void describesOneMigrationByVersion() {
		Map<String, MigrationDescriptor> found = endpoint(migratedTo("1"), Show.NEVER)
			.migration(SecurityContext.NONE, "2")
			.contexts()
			.get(CONTEXT)
			.migrators();
		assertThat(found).containsOnlyKeys("migrator");
		assertThat(found.get("migrator").state()).isEqualTo(MigrationState.PENDING);
	}

	@Test
	void describesAPendingMigrationByVersionWithItsPlan() {
		MigrationDescriptor pending = endpoint(migratedTo("1"), Show.NEVER).migration(SecurityContext.NONE, "2")
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator");
		PlanDescriptor plan = pending.plan();
		assertThat(plan).isNotNull();
		assertThat(plan.statements()).singleElement().satisfies((statement) -> {
			assertThat(statement.line()).isEqualTo(2);
			assertThat(statement.lockLevel()).isEqualTo("ACCESS EXCLUSIVE");
			assertThat(statement.tables()).containsExactly("public.users");
			assertThat(statement.effect()).isEqualTo("ACCESS EXCLUSIVE on public.users");
			assertThat(statement.rewrites()).isFalse();
			assertThat(statement.scans()).isFalse();
			assertThat(statement.sql()).isNull();
		});
		assertThat(plan.findings())
			.extracting(FindingDescriptor::ruleId, FindingDescriptor::severity, FindingDescriptor::line,
					FindingDescriptor::blocking)
			.containsExactly(tuple("type-hygiene", LintSeverity.WARNING, 2, false));
	}

	@Test
	void aPendingStatementShowsItsSqlWhenSqlIsShown() {
		PlanDescriptor plan = endpoint(migratedTo("2"), Show.ALWAYS).migration(SecurityContext.NONE, "3")
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator")
			.plan();
		assertThat(plan.statements()).singleElement().satisfies((statement) -> {
			assertThat(statement.sql()).startsWith("CREATE INDEX CONCURRENTLY users_name_idx ON users");
			assertThat(statement.lockLevel()).isEqualTo("SHARE UPDATE EXCLUSIVE");
			assertThat(statement.scans()).isTrue();
		});
	}

	@Test
	void anAppliedMigrationByVersionAndTheListHaveNoPlan() {
		MigrationsEndpoint endpoint = endpoint(migratedTo("1"), Show.NEVER);
		assertThat(endpoint.migration(SecurityContext.NONE, "1")
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator")
			.plan()).isNull();
		assertThat(endpoint.migrations(SecurityContext.NONE)
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator")
			.migrations()).extracting(MigrationDescriptor::plan).containsOnlyNulls();
	}

	@Test
	void describesTheOriginOfEachMigrationAndTheRepeatables() {
		TestDatabase database = PostgresServer.get().createDatabase();
		database.execute("CREATE TABLE users (id bigserial PRIMARY KEY, name varchar(100) NOT NULL)");
		Migrator migrator = Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder()
				.locations("classpath:db/repeatable")
				.baselineVersion(Version.parse("1"))
				.build())
			.build();
		migrator.migrate().orThrow();
		MigratorDescriptor descriptor = endpoint(migrator, Show.NEVER).migrations(SecurityContext.NONE)
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator");
		assertThat(descriptor.migrations()).extracting(MigrationDescriptor::version, MigrationDescriptor::origin)
			.containsExactly(tuple("1", "baseline"), tuple("2", null));
		assertThat(descriptor.repeatables()).singleElement().satisfies((repeatable) -> {
			assertThat(repeatable.description()).isEqualTo("user names");
			assertThat(repeatable.script()).isEqualTo("R__user_names.sql");
			assertThat(repeatable.state()).isEqualTo(RepeatableInfo.State.APPLIED);
			assertThat(repeatable.checksum()).isNotBlank();
			assertThat(repeatable.appliedAt()).isNotNull();
		});
	}

	@Test
	void showsAHeldContractMigrationAsHeld() {
		TestDatabase database = PostgresServer.get().createDatabase();
		Migrator migrator = Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations("classpath:db/contract").build())
			.build();
		migrator.migrate().orThrow();
		MigratorDescriptor descriptor = endpoint(migrator, Show.NEVER).migrations(SecurityContext.NONE)
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator");
		assertThat(descriptor.currentVersion()).isEqualTo("1");
		assertThat(descriptor.migrations()).extracting(MigrationDescriptor::script, MigrationDescriptor::state)
			.containsExactly(tuple("1_create_users.sql", MigrationState.APPLIED),
					tuple("2_drop_name_from_users.sql", MigrationState.HELD));
	}

	@Test
	void anUnknownVersionIsNotFound() {
		assertThat(endpoint(migratedTo("1"), Show.NEVER).migration(SecurityContext.NONE, "99")).isNull();
	}

	@Test
	void aVersionThatDoesNotParseIsABadRequest() {
		assertThatExceptionOfType(InvalidEndpointRequestException.class)
			.isThrownBy(() -> endpoint(migratedTo("1"), Show.NEVER).migration(SecurityContext.NONE, "latest"));
	}

	@Test
	void theWriteExtensionUndoesToATargetAndMigratesBack() {
		Migrator migrator = migratedTo("3");
		MigrationsEndpointWebExtension extension = new MigrationsEndpointWebExtension(Map.of("migrator", migrator),
				MigrationsCommandObserver.NONE, ADMIN);
		WebEndpointResponse<CommandOutcomes> undo = extension.run(admin(), "undo", "1");
		assertThat(undo.getStatus()).isEqualTo(200);
		assertThat(undo.getBody().migrators().get("migrator").executed()).containsExactly("3_index_users_by_name.sql",
				"2_add_email_to_users.sql");
		assertThat(undo.getBody().migrators().get("migrator").currentVersion()).isEqualTo("1");
		WebEndpointResponse<CommandOutcomes> migrate = extension.run(admin(), "migrate", null);
		assertThat(migrate.getBody().migrators().get("migrator").currentVersion()).isEqualTo("3");
	}

	@Test
	void theWriteExtensionRejectsOtherCommands() {
		MigrationsEndpointWebExtension extension = new MigrationsEndpointWebExtension(
				Map.of("migrator", migratedTo("1")), MigrationsCommandObserver.NONE, ADMIN);
		assertThatExceptionOfType(InvalidEndpointRequestException.class)
			.isThrownBy(() -> extension.run(admin(), "drop", null));
	}

	@Test
	void aFailedWriteIsAServerErrorWithTheMessage() {
		TestDatabase database = PostgresServer.get().createDatabase();
		Migrator failing = Migrator.builder(database.dataSource())
			.configuration(MigrationsConfiguration.builder().locations("classpath:db/failing").build())
			.build();
		WebEndpointResponse<CommandOutcomes> response = new MigrationsEndpointWebExtension(Map.of("migrator", failing),
				MigrationsCommandObserver.NONE, ADMIN)
			.run(admin(), "migrate", null);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getBody().migrators().get("migrator").error()).contains("2_add_phone_to_users.sql:4");
		assertThat(response.getBody().migrators().get("migrator").executed()).containsExactly("1_create_users.sql");
	}

	@Test
	void showsTheSqlWhenAuthorizedOnlyToTheConfiguredRoles() {
		MigrationsEndpoint endpoint = endpoint(migratedTo("1"), Show.WHEN_AUTHORIZED, ADMIN);
		assertThat(first(endpoint, authenticated("VIEWER")).upSql()).isNull();
		assertThat(first(endpoint, admin()).upSql()).contains("CREATE TABLE users");
	}

	@Test
	void listsTheMigratorsOfTheParentContextsUnderTheirOwnIds() {
		GenericApplicationContext parent = context("parent", null, "ordersMigrator", migratedTo("1"));
		MigrationsEndpoint endpoint = new MigrationsEndpoint(context(CONTEXT, parent, "usersMigrator", migratedTo("2")),
				Show.NEVER, Set.of());
		Map<String, ContextDescriptor<MigratorDescriptor>> contexts = endpoint.migrations(SecurityContext.NONE)
			.contexts();
		assertThat(contexts).containsOnlyKeys(CONTEXT, "parent");
		assertThat(contexts.get(CONTEXT).parentId()).isEqualTo("parent");
		assertThat(contexts.get(CONTEXT).migrators()).containsOnlyKeys("usersMigrator");
		assertThat(contexts.get("parent").parentId()).isNull();
		assertThat(contexts.get("parent").migrators().get("ordersMigrator").currentVersion()).isEqualTo("1");
		assertThat(endpoint.migration(SecurityContext.NONE, "2")
			.contexts()
			.get("parent")
			.migrators()
			.get("ordersMigrator")
			.state()).isEqualTo(MigrationState.PENDING);
	}

	@Test
	void aWriteWithoutAPrincipalIsUnauthorizedAndChangesNothing() {
		Migrator migrator = migratedTo("1");
		MigrationsEndpointWebExtension extension = new MigrationsEndpointWebExtension(Map.of("migrator", migrator),
				MigrationsCommandObserver.NONE, ADMIN);
		assertThat(extension.run(SecurityContext.NONE, "migrate", null).getStatus()).isEqualTo(401);
		assertThat(migrator.status().currentVersion()).contains(Version.parse("1"));
	}

	@Test
	void aWriteWithoutAnAllowedRoleIsForbiddenAndChangesNothing() {
		Migrator migrator = migratedTo("1");
		MigrationsEndpointWebExtension extension = new MigrationsEndpointWebExtension(Map.of("migrator", migrator),
				MigrationsCommandObserver.NONE, ADMIN);
		assertThat(extension.run(authenticated("VIEWER"), "migrate", null).getStatus()).isEqualTo(403);
		assertThat(migrator.status().currentVersion()).contains(Version.parse("1"));
	}

	private static SecurityContext admin() {
		return authenticated("MIGRATIONS_ADMIN");
	}

	private static MigrationDescriptor first(MigrationsEndpoint endpoint, SecurityContext securityContext) {
		return endpoint.migrations(securityContext)
			.contexts()
			.get(CONTEXT)
			.migrators()
			.get("migrator")
			.migrations()
			.get(0);
	}

	private static MigrationsEndpoint endpoint(Migrator migrator, Show showSql) {
		return endpoint(migrator, showSql, Set.of());
	}

	private static MigrationsEndpoint endpoint(Migrator migrator, Show showSql, Set<String> roles) {
		return new MigrationsEndpoint(context(CONTEXT, null, "migrator", migrator), showSql, roles);
	}

	private static GenericApplicationContext context(String id, GenericApplicationContext parent, String name,
			Migrator migrator) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.setId(id);
		context.setParent(parent);
		context.registerBean(name, Migrator.class, () -> migrator);
		context.refresh();
		return context;
	}

	private static Migrator migratedTo(String version) {
		TestDatabase database = PostgresServer.get().createDatabase();
		Migrator migrator = Migrator.builder(database.dataSource()).build();
		migrator.migrate(Version.parse(version)).orThrow();
		return migrator;
	}

	private static SecurityContext authenticated() {
		return authenticated("VIEWER");
	}

	private static SecurityContext authenticated(String withRole) {
		return new SecurityContext() {

			@Override
			public Principal getPrincipal() {
				return () -> "operator";
			}

			@Override
			public boolean isUserInRole(String role) {
				return role.equals(withRole);
			}

		};
	}

}
