package dev.migrations.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.MissingDownPolicy;
import dev.migrations.MissingFilePolicy;
import dev.migrations.Version;
import dev.migrations.lint.LintMode;
import dev.migrations.verify.VerifyOptions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties for migrations, all under {@code migrations.*}. Defaults equal
 * the engine's ({@link MigrationsConfiguration#defaults()});
 * {@link #toConfiguration(ClassLoader)} turns them into the engine's immutable
 * configuration. As a {@link Validator} of itself, it is checked when bound: an invalid
 * value (a table name that is not an identifier, a zero timeout, a version that does not
 * parse) ends the start-up with Boot's failure report naming the property, its value,
 * where it was set and why it is wrong. The rules are the engine's, asked one property at
 * a time. Not thread-safe: bound once at start-up.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties implements Validator {

	/**
	 * Whether to enable migrations.
	 */
	private boolean enabled = true;

	/**
	 * Locations of the migration files: 'classpath:' (also inside jars) or 'filesystem:'
	 * locations; a location without a prefix is a classpath location.
	 */
	private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

	/**
	 * Name of the history table.
	 */
	private String table = "schema_migrations";

	/**
	 * Schema of the history table. When not set, the connection's current schema.
	 */
	private String schema;

	/**
	 * Whether to create the history table's schema when it does not exist.
	 */
	private boolean createSchema = true;

	/**
	 * What to do at start-up: apply pending migrations, only validate that nothing is
	 * pending or changed (for applications whose migrations run in a separate job), or
	 * nothing.
	 */
	private Mode mode = Mode.MIGRATE;

	/**
	 * One-shot command to run instead of the start-up mode. The application then prints
	 * the result, starts no web server and exits with 0 on success and 1 otherwise.
	 */
	private Command command;

	/**
	 * Target version. For migrate, the last version to apply (default: the newest); for
	 * the undo command, the version to return to, which stays applied (default: undo the
	 * latest migration only).
	 */
	private String target;

	/**
	 * Whether a pending migration older than the newest applied one may be applied.
	 */
	private boolean outOfOrder;

	/**
	 * What validation does with an applied migration whose file is gone.
	 */
	private MissingFilePolicy missingFilePolicy = MissingFilePolicy.FAIL;

	/**
	 * How long to wait for another migrator's lock before failing.
	 */
	private Duration lockWaitTimeout = Duration.ofMinutes(5);

	/**
	 * PostgreSQL's lock_timeout while a migration runs: how long a statement may wait for
	 * a table lock before it gives up (and is retried), so that the application's queries
	 * never queue behind a waiting migration for longer.
	 */
	private Duration lockTimeout = Duration.ofSeconds(5);

	/**
	 * PostgreSQL's statement_timeout while a migration runs. When not set, the session's
	 * own applies.
	 */
	private Duration statementTimeout;

	/**
	 * PostgreSQL's statement_timeout for statements that take long by nature and hold no
	 * strong lock (CREATE INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VALIDATE CONSTRAINT).
	 * When not set, they run without a statement timeout.
	 */
	private Duration longStatementTimeout;

	/**
	 * How many times a migration (or, outside a transaction, a statement) that hit
	 * lock_timeout is retried before it fails.
	 */
	private int lockRetries = 10;

	/**
	 * Pause before the first retry after lock_timeout; it doubles at each retry (with
	 * jitter), up to 30 seconds.
	 */
	private Duration lockRetryBackoff = Duration.ofMillis(500);

	/**
	 * JDBC URL of a dedicated connection for migrations, for example as a role with DDL
	 * rights while the application runs as a restricted one. When not set, the
	 * application's DataSource is used.
	 */
	private String url;

	/**
	 * Login user of the dedicated connection. Without 'migrations.url', a connection to
	 * the application's database as this user.
	 */
	private String user;

	/**
	 * Login password of the dedicated connection.
	 */
	private String password;

	/**
	 * Version at or below which migrations count as applied without running, for a
	 * database that was never under a migration tool. Used once: when the first migrate
	 * creates the history table.
	 */
	private String baselineVersion;

	/**
	 * Values of the ${name} placeholders in SQL, by name. An unknown placeholder is an
	 * error naming its file and line.
	 */
	private Map<String, String> placeholders = new LinkedHashMap<>();

	/**
	 * Whether ${name} placeholders in SQL are replaced at all. Checksums are taken before
	 * replacement, so another value is not an edit.
	 */
	private boolean placeholderReplacement = true;

	/**
	 * Whether placeholders inside string literals, quoted identifiers, comments and
	 * dollar-quoted bodies are left alone. By default they are replaced everywhere, as
	 * Flyway does.
	 */
	private boolean placeholdersOutsideQuotesOnly;

	private final Contract contract = new Contract();

	private final Endpoint endpoint = new Endpoint();

	private final Lint lint = new Lint();

	private final Flyway flyway = new Flyway();

	private final Verify verify = new Verify();

	/**
	 * Migrations of several DataSources, by name: each name gets a migrator of its own (a
	 * bean of that name, run at start-up, listed by the endpoint, health and metrics
	 * under that name), with the settings of 'migrations.*' unless its group sets them.
	 * When any is set, no migrator is configured for the application's DataSource besides
	 * them.
	 */
	private Map<String, DataSourceMigrationsProperties> datasources = new LinkedHashMap<>();

	/**
	 * Migrations per tenant.
	 */
	@NestedConfigurationProperty
	private final TenantsProperties tenants = new TenantsProperties();

	/**
	 * For a one-shot command with several migrators: the name of the one to run it on.
	 * Default: every migrator, then every tenant.
	 */
	private String migrator;

	/**
	 * For a one-shot command with tenants: the tenant to run it on. Default: every
	 * migrator, then every tenant.
	 */
	private String tenant;

	/**
	 * Builds the engine's configuration from these properties.
	 * @param classLoader the class loader for {@code classpath:} locations, or
	 * {@code null} for the engine's own
	 * @return the configuration
	 * @throws IllegalArgumentException if a value is invalid; the message names the
	 * property
	 */
	public MigrationsConfiguration toConfiguration(ClassLoader classLoader) {
		try {
			return configurationBuilder(classLoader).build();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(SettingNames.inProperties(ex.getMessage()), ex);
		}
	}

	private MigrationsConfiguration.Builder configurationBuilder(ClassLoader classLoader) {
		return MigrationsConfiguration.builder()
			.locations(this.locations)
			.table(this.table)
			.schema(this.schema)
			.createSchema(this.createSchema)
			.target(targetVersion())
			.outOfOrder(this.outOfOrder)
			.missingFilePolicy(this.missingFilePolicy)
			.lockWaitTimeout(this.lockWaitTimeout)
			.lockTimeout(this.lockTimeout)
			.statementTimeout(this.statementTimeout)
			.longStatementTimeout(this.longStatementTimeout)
			.lockRetries(this.lockRetries)
			.lockRetryBackoff(this.lockRetryBackoff)
			.contractEnabled(this.contract.isEnabled())
			.lintMode(this.lint.getMode())
			.lintStartAfter(version("lint.start-after", this.lint.getStartAfter()))
			.missingDownPolicy(this.flyway.getMissingDown())
			.flywayHistoryTable(this.flyway.getHistoryTable())
			.baselineVersion(version("baseline-version", this.baselineVersion))
			.placeholders(this.placeholders)
			.placeholderReplacement(this.placeholderReplacement)
			.placeholdersOutsideQuotesOnly(this.placeholdersOutsideQuotesOnly)
			.classLoader(classLoader);
	}

	/**
	 * Builds the options of the {@code verify} command from {@code migrations.verify.*}.
	 * @return the options
	 * @throws IllegalArgumentException if the database pattern is not a regular
	 * expression or a schema is blank; the message names the property
	 */
	public VerifyOptions toVerifyOptions() {
		try {
			return new VerifyOptions(this.verify.isAllow(), this.verify.getDatabasePattern(), this.verify.getSchemas());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(SettingNames.inProperties(ex.getMessage()), ex);
		}
	}

	@Override
	public boolean supports(Class<?> type) {
		return MigrationsProperties.class.isAssignableFrom(type);
	}

	/**
	 * Checks each value by the engine's rules, one property at a time, and rejects the
	 * invalid ones by their property name (dashed, as Boot's failure report shows it).
	 * @param target these properties
	 * @param errors where rejections go
	 */
	@Override
	public void validate(Object target, Errors errors) {
		MigrationsProperties bound = (MigrationsProperties) target;
		check(errors, "locations", (builder) -> builder.locations(bound.locations));
		check(errors, "table", (builder) -> builder.table(bound.table));
		check(errors, "schema", (builder) -> builder.schema(bound.schema));
		check(errors, "lock-wait-timeout", (builder) -> builder.lockWaitTimeout(bound.lockWaitTimeout));
		check(errors, "lock-timeout", (builder) -> builder.lockTimeout(bound.lockTimeout));
		check(errors, "statement-timeout", (builder) -> builder.statementTimeout(bound.statementTimeout));
		check(errors, "long-statement-timeout", (builder) -> builder.longStatementTimeout(bound.longStatementTimeout));
		check(errors, "lock-retries", (builder) -> builder.lockRetries(bound.lockRetries));
		check(errors, "lock-retry-backoff", (builder) -> builder.lockRetryBackoff(bound.lockRetryBackoff));
		check(errors, "flyway.history-table", (builder) -> builder.flywayHistoryTable(bound.flyway.getHistoryTable()));
		check(errors, "target", (builder) -> version("target", bound.target));
		check(errors, "baseline-version", (builder) -> version("baseline-version", bound.baselineVersion));
		check(errors, "lint.start-after", (builder) -> version("lint.start-after", bound.lint.getStartAfter()));
		check(errors, "verify.database-pattern",
				(builder) -> new VerifyOptions(false, bound.verify.getDatabasePattern(), List.of()));
		check(errors, "verify.schemas", (builder) -> new VerifyOptions(false, VerifyOptions.DEFAULT_DATABASE_PATTERN,
				bound.verify.getSchemas()));
	}

	private static void check(Errors errors, String field, Consumer<MigrationsConfiguration.Builder> setting) {
		try {
			MigrationsConfiguration.Builder builder = MigrationsConfiguration.builder();
			setting.accept(builder);
			builder.build();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.rejectValue(field, "migrations.invalid", String.valueOf(SettingNames.inProperties(ex.getMessage())));
		}
	}

	Version targetVersion() {
		return version("target", this.target);
	}

	private static Version version(String property, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Version.parse(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Invalid migrations." + property + ": " + ex.getMessage(), ex);
		}
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public String getTable() {
		return this.table;
	}

	public void setTable(String table) {
		this.table = table;
	}

	public String getSchema() {
		return this.schema;
	}

	public void setSchema(String schema) {
		this.schema = schema;
	}

	public boolean isCreateSchema() {
		return this.createSchema;
	}

	public void setCreateSchema(boolean createSchema) {
		this.createSchema = createSchema;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public Command getCommand() {
		return this.command;
	}

	public void setCommand(Command command) {
		this.command = command;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public boolean isOutOfOrder() {
		return this.outOfOrder;
	}

	public void setOutOfOrder(boolean outOfOrder) {
		this.outOfOrder = outOfOrder;
	}

	public MissingFilePolicy getMissingFilePolicy() {
		return this.missingFilePolicy;
	}

	public void setMissingFilePolicy(MissingFilePolicy missingFilePolicy) {
		this.missingFilePolicy = missingFilePolicy;
	}

	public Duration getLockWaitTimeout() {
		return this.lockWaitTimeout;
	}

	public void setLockWaitTimeout(Duration lockWaitTimeout) {
		this.lockWaitTimeout = lockWaitTimeout;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public Duration getLongStatementTimeout() {
		return this.longStatementTimeout;
	}

	public void setLongStatementTimeout(Duration longStatementTimeout) {
		this.longStatementTimeout = longStatementTimeout;
	}

	public int getLockRetries() {
		return this.lockRetries;
	}

	public void setLockRetries(int lockRetries) {
		this.lockRetries = lockRetries;
	}

	public Duration getLockRetryBackoff() {
		return this.lockRetryBackoff;
	}

	public void setLockRetryBackoff(Duration lockRetryBackoff) {
		this.lockRetryBackoff = lockRetryBackoff;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getBaselineVersion() {
		return this.baselineVersion;
	}

	public void setBaselineVersion(String baselineVersion) {
		this.baselineVersion = baselineVersion;
	}

	public Map<String, String> getPlaceholders() {
		return this.placeholders;
	}

	public void setPlaceholders(Map<String, String> placeholders) {
		this.placeholders = placeholders;
	}

	public boolean isPlaceholderReplacement() {
		return this.placeholderReplacement;
	}

	public void setPlaceholderReplacement(boolean placeholderReplacement) {
		this.placeholderReplacement = placeholderReplacement;
	}

	public boolean isPlaceholdersOutsideQuotesOnly() {
		return this.placeholdersOutsideQuotesOnly;
	}

	public void setPlaceholdersOutsideQuotesOnly(boolean placeholdersOutsideQuotesOnly) {
		this.placeholdersOutsideQuotesOnly = placeholdersOutsideQuotesOnly;
	}

	public Contract getContract() {
		return this.contract;
	}

	public Endpoint getEndpoint() {
		return this.endpoint;
	}

	public Lint getLint() {
		return this.lint;
	}

	public Flyway getFlyway() {
		return this.flyway;
	}

	public Verify getVerify() {
		return this.verify;
	}

	public Map<String, DataSourceMigrationsProperties> getDatasources() {
		return this.datasources;
	}

	public void setDatasources(Map<String, DataSourceMigrationsProperties> datasources) {
		this.datasources = datasources;
	}

	public TenantsProperties getTenants() {
		return this.tenants;
	}

	public String getMigrator() {
		return this.migrator;
	}

	public void setMigrator(String migrator) {
		this.migrator = migrator;
	}

	public String getTenant() {
		return this.tenant;
	}

	public void setTenant(String tenant) {
		this.tenant = tenant;
	}

	/**
	 * What the application does with its migrations at start-up.
	 */
	public enum Mode {

		/** Apply pending migrations before any bean that uses the schema starts. */
		MIGRATE,

		/**
		 * Fail start-up if anything is pending, changed, missing, out of order or
		 * partial.
		 */
		VALIDATE,

		/** Do nothing. */
		NONE

	}

	/**
	 * A one-shot command, for a Kubernetes Job, an init container or a terminal.
	 */
	public enum Command {

		/** Print every migration and its state. */
		STATUS,

		/** Apply pending migrations (up to 'migrations.target' when set). */
		MIGRATE,

		/** Undo to 'migrations.target', or the latest migration when no target is set. */
		UNDO,

		/** Check that everything is applied and unchanged. */
		VALIDATE,

		/**
		 * Lint the pending migrations; fail when an unsuppressed error finding remains,
		 * whatever 'migrations.lint.mode' says.
		 */
		LINT,

		/**
		 * Print what migrate would do: statements, locks, rewrites and lint findings;
		 * fail when a finding would stop migrate.
		 */
		PLAN,

		/**
		 * On a clone of production: run each pending migration's up, down and up again
		 * and check that the down restores the schema (see 'migrations.verify.*').
		 */
		VERIFY

	}

	/**
	 * When the SQL of a migration is shown by the actuator endpoint, as Boot's
	 * {@code show-values}.
	 */
	public enum ShowSql {

		/** Never show the SQL. */
		NEVER,

		/** Show the SQL to authenticated users. */
		WHEN_AUTHORIZED,

		/** Always show the SQL. */
		ALWAYS

	}

	/**
	 * Settings of the contract phase of expand/contract changes.
	 */
	public static class Contract {

		/**
		 * Whether migrations marked '-- migrate:phase contract' may run. Until then they
		 * are held: enable this once every instance runs code that no longer needs what
		 * they remove, typically on the next deploy.
		 */
		private boolean enabled;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Settings of the {@code migrations} actuator endpoint.
	 */
	public static class Endpoint {

		/**
		 * When to show the up and down SQL of each migration.
		 */
		private ShowSql showSql = ShowSql.NEVER;

		/**
		 * Whether the endpoint offers write operations (migrate, undo to a target) over
		 * HTTP. They need Spring Security and a principal with one of
		 * 'migrations.endpoint.roles': start-up fails otherwise.
		 */
		private boolean writeEnabled;

		/**
		 * Roles allowed to run the write operations, and to see the SQL when show-sql is
		 * when-authorized (there, when empty, any authenticated user).
		 */
		private Set<String> roles = new LinkedHashSet<>();

		public ShowSql getShowSql() {
			return this.showSql;
		}

		public void setShowSql(ShowSql showSql) {
			this.showSql = showSql;
		}

		public boolean isWriteEnabled() {
			return this.writeEnabled;
		}

		public void setWriteEnabled(boolean writeEnabled) {
			this.writeEnabled = writeEnabled;
		}

		public Set<String> getRoles() {
			return this.roles;
		}

		public void setRoles(Set<String> roles) {
			this.roles = roles;
		}

	}

	/**
	 * Settings of the safety linter.
	 */
	public static class Lint {

		/**
		 * What the linter's findings do to migrate: fail (an unsuppressed error stops it
		 * before anything runs), warn (findings are logged) or off (no linting).
		 */
		private LintMode mode = LintMode.FAIL;

		/**
		 * Version at or below which migrations are not linted (strong_migrations'
		 * start_after): set it to the current version when adopting the linter, so that a
		 * fresh database migrates the old history with mode=fail. Not set: every pending
		 * migration is linted.
		 */
		private String startAfter;

		public LintMode getMode() {
			return this.mode;
		}

		public void setMode(LintMode mode) {
			this.mode = mode;
		}

		public String getStartAfter() {
			return this.startAfter;
		}

		public void setStartAfter(String startAfter) {
			this.startAfter = startAfter;
		}

	}

	/**
	 * Settings for Flyway-named files and the take-over of Flyway's history.
	 */
	public static class Flyway {

		/**
		 * What a Flyway 'V' file without a matching 'U' undo file is: irreversible (undo
		 * stops there) or fail (an error: every migration needs its undo).
		 */
		private MissingDownPolicy missingDown = MissingDownPolicy.IRREVERSIBLE;

		/**
		 * Name of Flyway's history table, imported on the first run against a database
		 * that has it and no history of ours. Looked up in the history table's schema.
		 */
		private String historyTable = "flyway_schema_history";

		public MissingDownPolicy getMissingDown() {
			return this.missingDown;
		}

		public void setMissingDown(MissingDownPolicy missingDown) {
			this.missingDown = missingDown;
		}

		public String getHistoryTable() {
			return this.historyTable;
		}

		public void setHistoryTable(String historyTable) {
			this.historyTable = historyTable;
		}

	}

	/**
	 * Settings of the verify command, which runs each pending migration's up, down and up
	 * again on a clone of production.
	 */
	public static class Verify {

		/**
		 * Whether verify may run on any database, whatever its name. Verify changes the
		 * database: never allow it where production may be.
		 */
		private boolean allow;

		/**
		 * Regular expression that the whole database name must match for verify to run
		 * without 'migrations.verify.allow'. By default a name with a word such as clone,
		 * copy, staging, test, verify or ci: orders_clone, staging-2.
		 */
		private String databasePattern = VerifyOptions.DEFAULT_DATABASE_PATTERN;

		/**
		 * Schemas compared before the up and after the down. When empty, the connection's
		 * current schema.
		 */
		private List<String> schemas = new ArrayList<>();

		/**
		 * File the verify command writes its report to as JSON, for CI. When not set, the
		 * report is only printed.
		 */
		private String reportFile;

		public boolean isAllow() {
			return this.allow;
		}

		public void setAllow(boolean allow) {
			this.allow = allow;
		}

		public String getDatabasePattern() {
			return this.databasePattern;
		}

		public void setDatabasePattern(String databasePattern) {
			this.databasePattern = databasePattern;
		}

		public List<String> getSchemas() {
			return this.schemas;
		}

		public void setSchemas(List<String> schemas) {
			this.schemas = schemas;
		}

		public String getReportFile() {
			return this.reportFile;
		}

		public void setReportFile(String reportFile) {
			this.reportFile = reportFile;
		}

	}

}
