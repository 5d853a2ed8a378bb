package dev.migrations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.migrations.lint.LintMode;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Migrator} finds its files, keeps its history and runs its migrations.
 * Immutable and thread-safe; built only through its {@link Builder} ({@link #builder()},
 * or {@link #toBuilder()} to change a copy), so that settings can be added without
 * breaking anyone. The builder checks every value when it builds; a message about a value
 * names its setting as the builder does ({@code the lockWaitTimeout setting}), and the
 * Spring Boot module translates that into its property name.
 */
public final class MigrationsConfiguration {

	/** The default location. */
	public static final String DEFAULT_LOCATION = "classpath:db/migrations";

	/** The default history table. */
	public static final String DEFAULT_TABLE = "schema_migrations";

	/** The default lock wait timeout. */
	public static final Duration DEFAULT_LOCK_WAIT_TIMEOUT = Duration.ofMinutes(5);

	/** The default name of Flyway's history table. */
	public static final String DEFAULT_FLYWAY_HISTORY_TABLE = "flyway_schema_history";

	/** The default {@code lock_timeout} of a migration. */
	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

	/** The default number of retries after {@code lock_timeout}. */
	public static final int DEFAULT_LOCK_RETRIES = 10;

	/** The default first pause before a retry. */
	public static final Duration DEFAULT_LOCK_RETRY_BACKOFF = Duration.ofMillis(500);

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

	private final List<String> locations;

	private final @Nullable String schema;

	private final String table;

	private final boolean createSchema;

	private final @Nullable Version target;

	private final boolean outOfOrder;

	private final MissingFilePolicy missingFilePolicy;

	private final Duration lockWaitTimeout;

	private final @Nullable ClassLoader classLoader;

	private final Duration lockTimeout;

	private final @Nullable Duration statementTimeout;

	private final @Nullable Duration longStatementTimeout;

	private final int lockRetries;

	private final Duration lockRetryBackoff;

	private final boolean contractEnabled;

	private final MissingDownPolicy missingDownPolicy;

	private final String flywayHistoryTable;

	private final @Nullable Version baselineVersion;

	private final Map<String, String> placeholders;

	private final boolean placeholderReplacement;

	private final boolean placeholdersOutsideQuotesOnly;

	private final LintMode lintMode;

	private final @Nullable Version lintStartAfter;

	private final boolean schemaOnSearchPath;

	private MigrationsConfiguration(Builder builder) {
		this.locations = List.copyOf(Objects.requireNonNull(builder.locations, "locations"));
		this.schema = builder.schema;
		this.table = Objects.requireNonNull(builder.table, "table");
		this.createSchema = builder.createSchema;
		this.target = builder.target;
		this.outOfOrder = builder.outOfOrder;
		this.missingFilePolicy = Objects.requireNonNull(builder.missingFilePolicy, "missingFilePolicy");
		this.lockWaitTimeout = Objects.requireNonNull(builder.lockWaitTimeout, "lockWaitTimeout");
		this.classLoader = builder.classLoader;
		this.lockTimeout = Objects.requireNonNull(builder.lockTimeout, "lockTimeout");
		this.statementTimeout = builder.statementTimeout;
		this.longStatementTimeout = builder.longStatementTimeout;
		this.lockRetries = builder.lockRetries;
		this.lockRetryBackoff = Objects.requireNonNull(builder.lockRetryBackoff, "lockRetryBackoff");
		this.contractEnabled = builder.contractEnabled;
		this.missingDownPolicy = Objects.requireNonNull(builder.missingDownPolicy, "missingDownPolicy");
		this.flywayHistoryTable = Objects.requireNonNull(builder.flywayHistoryTable, "flywayHistoryTable");
		this.baselineVersion = builder.baselineVersion;
		this.placeholders = Map.copyOf(Objects.requireNonNull(builder.placeholders, "placeholders"));
		this.placeholderReplacement = builder.placeholderReplacement;
		this.placeholdersOutsideQuotesOnly = builder.placeholdersOutsideQuotesOnly;
		this.lintMode = Objects.requireNonNull(builder.lintMode, "lintMode");
		this.lintStartAfter = builder.lintStartAfter;
		this.schemaOnSearchPath = builder.schemaOnSearchPath;
		check();
	}

	private void check() {
		if (this.locations.isEmpty()) {
			throw new IllegalArgumentException("At least one location is required (the locations setting)");
		}
		this.locations.forEach(MigrationsConfiguration::checkLocation);
		if (this.schema != null) {
			checkIdentifier("schema", this.schema);
		}
		if (this.schemaOnSearchPath && this.schema == null) {
			throw new IllegalArgumentException(
					"The schemaOnSearchPath setting needs a schema (the schema setting): which schema to put first");
		}
		checkIdentifier("table", this.table);
		checkIdentifier("flywayHistoryTable", this.flywayHistoryTable);
		checkNotNegative("lockWaitTimeout", this.lockWaitTimeout);
		checkPositive("lockTimeout", this.lockTimeout);
		if (this.statementTimeout != null) {
			checkPositive("statementTimeout", this.statementTimeout);
		}
		if (this.longStatementTimeout != null) {
			checkPositive("longStatementTimeout", this.longStatementTimeout);
		}
		if (this.lockRetries < 0) {
			throw new IllegalArgumentException("The lockRetries setting must not be negative: " + this.lockRetries);
		}
		checkNotNegative("lockRetryBackoff", this.lockRetryBackoff);
	}

	private static void checkNotNegative(String setting, Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("The " + setting + " setting must not be negative: " + duration);
		}
	}

	private static void checkPositive(String setting, Duration duration) {
		if (duration.isNegative() || duration.toMillis() == 0) {
			throw new IllegalArgumentException("The " + setting + " setting must be at least 1 ms: " + duration);
		}
	}

	private static void checkLocation(String location) {
		int colon = location.indexOf(':');
		String prefix = (colon < 0) ? "classpath" : location.substring(0, colon);
		if (!prefix.equals("classpath") && !prefix.equals("filesystem")) {
			throw new IllegalArgumentException("Unknown location prefix '" + prefix + ":' in '" + location
					+ "' (the locations setting): use classpath: or filesystem:");
		}
	}

	private static void checkIdentifier(String setting, String value) {
		if (!IDENTIFIER.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid name '" + value + "' (the " + setting + " setting): use "
					+ "letters, digits, '_' or '$', starting with a letter or '_', at most 63 characters");
		}
	}

	/**
	 * The default configuration: {@code classpath:db/migrations}, history in
	 * {@code schema_migrations} of the current schema.
	 * @return the defaults
	 */
	public static MigrationsConfiguration defaults() {
		return builder().build();
	}

	/**
	 * A builder starting from the defaults.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder starting from this configuration, to build a changed copy.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Where the migration files are: {@code classpath:db/migrations} (the default; also
	 * inside jars) or {@code filesystem:/path}; a location without a prefix is a
	 * classpath location.
	 * @return the value
	 */
	public List<String> locations() {
		return this.locations;
	}

	/**
	 * The schema of the history table, or {@code null} for the connection's current
	 * schema.
	 * @return the value
	 */
	public @Nullable String schema() {
		return this.schema;
	}

	/**
	 * The history table's name (default {@code schema_migrations}).
	 * @return the value
	 */
	public String table() {
		return this.table;
	}

	/**
	 * Whether to create the history schema when it does not exist (default {@code true}).
	 * @return the flag
	 */
	public boolean createSchema() {
		return this.createSchema;
	}

	/**
	 * The last version to migrate to, or {@code null} for the newest.
	 * @return the value
	 */
	public @Nullable Version target() {
		return this.target;
	}

	/**
	 * Whether a pending migration older than the newest applied one may be applied
	 * (default {@code false}: such a migration fails validation).
	 * @return the flag
	 */
	public boolean outOfOrder() {
		return this.outOfOrder;
	}

	/**
	 * What to do with an applied migration whose file is gone (default
	 * {@link MissingFilePolicy#FAIL}).
	 * @return the value
	 */
	public MissingFilePolicy missingFilePolicy() {
		return this.missingFilePolicy;
	}

	/**
	 * How long to wait for another migrator's lock before failing (default 5 minutes).
	 * @return the value
	 */
	public Duration lockWaitTimeout() {
		return this.lockWaitTimeout;
	}

	/**
	 * The class loader for {@code classpath:} locations, or {@code null} for the engine's
	 * own.
	 * @return the value
	 */
	public @Nullable ClassLoader classLoader() {
		return this.classLoader;
	}

	/**
	 * PostgreSQL's {@code lock_timeout} while a migration runs (default 5 s), so that a
	 * migration waiting for a table lock never queues the application behind it for
	 * longer.
	 * @return the value
	 */
	public Duration lockTimeout() {
		return this.lockTimeout;
	}

	/**
	 * PostgreSQL's {@code statement_timeout} while a migration runs, or {@code null} (the
	 * default) to leave the session's own.
	 * @return the value
	 */
	public @Nullable Duration statementTimeout() {
		return this.statementTimeout;
	}

	/**
	 * The {@code statement_timeout} of statements that take long by nature and hold no
	 * strong lock ({@code CREATE INDEX CONCURRENTLY}, {@code REINDEX … CONCURRENTLY},
	 * {@code VALIDATE CONSTRAINT}), or {@code null} (the default) for none.
	 * @return the value
	 */
	public @Nullable Duration longStatementTimeout() {
		return this.longStatementTimeout;
	}

	/**
	 * How many times a migration (or, outside a transaction, a statement) that hit
	 * {@code lock_timeout} is retried before failing (default 10).
	 * @return the value
	 */
	public int lockRetries() {
		return this.lockRetries;
	}

	/**
	 * The first pause before a retry; it doubles at each retry (with jitter), up to 30 s
	 * (default 500 ms).
	 * @return the value
	 */
	public Duration lockRetryBackoff() {
		return this.lockRetryBackoff;
	}

	/**
	 * Whether migrations marked {@code -- migrate:phase contract} may run (default
	 * {@code false}: they are held until every instance runs code that no longer needs
	 * what they remove).
	 * @return the flag
	 */
	public boolean contractEnabled() {
		return this.contractEnabled;
	}

	/**
	 * What a Flyway {@code V} file without a {@code U} file is (default
	 * {@link MissingDownPolicy#IRREVERSIBLE}).
	 * @return the value
	 */
	public MissingDownPolicy missingDownPolicy() {
		return this.missingDownPolicy;
	}

	/**
	 * Flyway's history table, taken over on the first run against a database that has it
	 * and no history of ours (default {@code flyway_schema_history}, in the history
	 * schema).
	 * @return the value
	 */
	public String flywayHistoryTable() {
		return this.flywayHistoryTable;
	}

	/**
	 * For a database never under a migration tool: versions at or below it count as
	 * applied without running, or {@code null} (the default) for none.
	 * @return the value
	 */
	public @Nullable Version baselineVersion() {
		return this.baselineVersion;
	}

	/**
	 * The values of {@code ${name}} placeholders in SQL, by name.
	 * @return the value
	 */
	public Map<String, String> placeholders() {
		return this.placeholders;
	}

	/**
	 * Whether {@code ${name}} placeholders are replaced at all (default {@code true}; an
	 * unknown one is then an error).
	 * @return the flag
	 */
	public boolean placeholderReplacement() {
		return this.placeholderReplacement;
	}

	/**
	 * Whether placeholders inside string literals, quoted identifiers, comments and
	 * dollar-quoted bodies are left alone (default {@code false}: replaced everywhere, as
	 * Flyway does).
	 * @return the flag
	 */
	public boolean placeholdersOutsideQuotesOnly() {
		return this.placeholdersOutsideQuotesOnly;
	}

	/**
	 * What the safety linter's findings do to migrate (default {@link LintMode#FAIL}).
	 * @return the value
	 */
	public LintMode lintMode() {
		return this.lintMode;
	}

	/**
	 * The version at or below which migrations are not linted, or {@code null} (the
	 * default) to lint every pending migration. A project that adopts the linter sets it
	 * to its current version, so that a fresh database migrates the old history with
	 * {@link LintMode#FAIL}; the old migrations are still read, so what they create is
	 * known to be new.
	 * @return the value
	 */
	public @Nullable Version lintStartAfter() {
		return this.lintStartAfter;
	}

	/**
	 * Whether the {@link #schema() schema} comes first on the {@code search_path} of the
	 * migrator's connections while a command runs (default {@code false}: the
	 * connection's own search path), so that unqualified names in the migrations create
	 * and find objects in that schema: a schema per tenant. Connected to PostgreSQL
	 * itself, the work connection's search path is set for the run and put back at its
	 * end; behind a pooler, it is set with {@code SET LOCAL} in each transaction, and a
	 * statement that runs outside a transaction ({@code CREATE INDEX CONCURRENTLY}, …)
	 * sees the server connection's own search path (qualify its names, e.g. with the
	 * {@code ${tenant}} placeholder).
	 * @return the value
	 */
	public boolean schemaOnSearchPath() {
		return this.schemaOnSearchPath;
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		if (this == obj) {
			return true;
		}
		if (!(obj instanceof MigrationsConfiguration other)) {
			return false;
		}
		return Objects.equals(this.locations, other.locations) && Objects.equals(this.schema, other.schema)
				&& Objects.equals(this.table, other.table) && this.createSchema == other.createSchema
				&& Objects.equals(this.target, other.target) && this.outOfOrder == other.outOfOrder
				&& Objects.equals(this.missingFilePolicy, other.missingFilePolicy)
				&& Objects.equals(this.lockWaitTimeout, other.lockWaitTimeout)
				&& Objects.equals(this.classLoader, other.classLoader)
				&& Objects.equals(this.lockTimeout, other.lockTimeout)
				&& Objects.equals(this.statementTimeout, other.statementTimeout)
				&& Objects.equals(this.longStatementTimeout, other.longStatementTimeout)
				&& this.lockRetries == other.lockRetries
				&& Objects.equals(this.lockRetryBackoff, other.lockRetryBackoff)
				&& this.contractEnabled == other.contractEnabled
				&& Objects.equals(this.missingDownPolicy, other.missingDownPolicy)
				&& Objects.equals(this.flywayHistoryTable, other.flywayHistoryTable)
				&& Objects.equals(this.baselineVersion, other.baselineVersion)
				&& Objects.equals(this.placeholders, other.placeholders)
				&& this.placeholderReplacement == other.placeholderReplacement
				&& this.placeholdersOutsideQuotesOnly == other.placeholdersOutsideQuotesOnly
				&& Objects.equals(this.lintMode, other.lintMode)
				&& Objects.equals(this.lintStartAfter, other.lintStartAfter)
				&& this.schemaOnSearchPath == other.schemaOnSearchPath;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.locations, this.schema, this.table, this.createSchema, this.target, this.outOfOrder,
				this.missingFilePolicy, this.lockWaitTimeout, this.classLoader, this.lockTimeout, this.statementTimeout,
				this.longStatementTimeout, this.lockRetries, this.lockRetryBackoff, this.contractEnabled,
				this.missingDownPolicy, this.flywayHistoryTable, this.baselineVersion, this.placeholders,
				this.placeholderReplacement, this.placeholdersOutsideQuotesOnly, this.lintMode, this.lintStartAfter,
				this.schemaOnSearchPath);
	}

	@Override
	public String toString() {
		return "MigrationsConfiguration[locations=" + this.locations + ", schema=" + this.schema + ", table="
				+ this.table + ", createSchema=" + this.createSchema + ", target=" + this.target + ", outOfOrder="
				+ this.outOfOrder + ", missingFilePolicy=" + this.missingFilePolicy + ", lockWaitTimeout="
				+ this.lockWaitTimeout + ", classLoader=" + this.classLoader + ", lockTimeout=" + this.lockTimeout
				+ ", statementTimeout=" + this.statementTimeout + ", longStatementTimeout=" + this.longStatementTimeout
				+ ", lockRetries=" + this.lockRetries + ", lockRetryBackoff=" + this.lockRetryBackoff
				+ ", contractEnabled=" + this.contractEnabled + ", missingDownPolicy=" + this.missingDownPolicy
				+ ", flywayHistoryTable=" + this.flywayHistoryTable + ", baselineVersion=" + this.baselineVersion
				+ ", placeholders=" + this.placeholders + ", placeholderReplacement=" + this.placeholderReplacement
				+ ", placeholdersOutsideQuotesOnly=" + this.placeholdersOutsideQuotesOnly + ", lintMode="
				+ this.lintMode + ", lintStartAfter=" + this.lintStartAfter + ", schemaOnSearchPath="
				+ this.schemaOnSearchPath + "]";
	}

	/**
	 * Builds a {@link MigrationsConfiguration}; each setting starts at its default. Not
	 * thread-safe.
	 */
	public static final class Builder {

		private List<String> locations = List.of(DEFAULT_LOCATION);

		private @Nullable String schema = null;

		private String table = DEFAULT_TABLE;

		private boolean createSchema = true;

		private @Nullable Version target = null;

		private boolean outOfOrder = false;

		private MissingFilePolicy missingFilePolicy = MissingFilePolicy.FAIL;

		private Duration lockWaitTimeout = DEFAULT_LOCK_WAIT_TIMEOUT;

		private @Nullable ClassLoader classLoader = null;

		private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

		private @Nullable Duration statementTimeout = null;

		private @Nullable Duration longStatementTimeout = null;

		private int lockRetries = DEFAULT_LOCK_RETRIES;

		private Duration lockRetryBackoff = DEFAULT_LOCK_RETRY_BACKOFF;

		private boolean contractEnabled = false;

		private MissingDownPolicy missingDownPolicy = MissingDownPolicy.IRREVERSIBLE;

		private String flywayHistoryTable = DEFAULT_FLYWAY_HISTORY_TABLE;

		private @Nullable Version baselineVersion = null;

		private Map<String, String> placeholders = Map.of();

		private boolean placeholderReplacement = true;

		private boolean placeholdersOutsideQuotesOnly = false;

		private LintMode lintMode = LintMode.FAIL;

		private @Nullable Version lintStartAfter = null;

		private boolean schemaOnSearchPath = false;

		private Builder() {
		}

		private Builder(MigrationsConfiguration configuration) {
			this.locations = configuration.locations;
			this.schema = configuration.schema;
			this.table = configuration.table;
			this.createSchema = configuration.createSchema;
			this.target = configuration.target;
			this.outOfOrder = configuration.outOfOrder;
			this.missingFilePolicy = configuration.missingFilePolicy;
			this.lockWaitTimeout = configuration.lockWaitTimeout;
			this.classLoader = configuration.classLoader;
			this.lockTimeout = configuration.lockTimeout;
			this.statementTimeout = configuration.statementTimeout;
			this.longStatementTimeout = configuration.longStatementTimeout;
			this.lockRetries = configuration.lockRetries;
			this.lockRetryBackoff = configuration.lockRetryBackoff;
			this.contractEnabled = configuration.contractEnabled;
			this.missingDownPolicy = configuration.missingDownPolicy;
			this.flywayHistoryTable = configuration.flywayHistoryTable;
			this.baselineVersion = configuration.baselineVersion;
			this.placeholders = configuration.placeholders;
			this.placeholderReplacement = configuration.placeholderReplacement;
			this.placeholdersOutsideQuotesOnly = configuration.placeholdersOutsideQuotesOnly;
			this.lintMode = configuration.lintMode;
			this.lintStartAfter = configuration.lintStartAfter;
			this.schemaOnSearchPath = configuration.schemaOnSearchPath;
		}

		/**
		 * Sets where the migration files are: {@code classpath:db/migrations} (the
		 * default; also inside jars) or {@code filesystem:/path}; a location without a
		 * prefix is a classpath location.
		 * @param locations the locations
		 * @return this builder
		 */
		public Builder locations(List<String> locations) {
			this.locations = locations;
			return this;
		}

		/**
		 * Sets where the migration files are.
		 * @param locations {@code classpath:…} or {@code filesystem:…} locations
		 * @return this builder
		 */
		public Builder locations(String... locations) {
			return locations(List.of(locations));
		}

		/**
		 * Sets the schema of the history table, or {@code null} for the connection's
		 * current schema.
		 * @param schema the schema, or {@code null} for the current schema
		 * @return this builder
		 */
		public Builder schema(@Nullable String schema) {
			this.schema = schema;
			return this;
		}

		/**
		 * Sets the history table's name (default {@code schema_migrations}).
		 * @param table the table name
		 * @return this builder
		 */
		public Builder table(String table) {
			this.table = table;
			return this;
		}

		/**
		 * Sets whether to create the history schema when it does not exist (default
		 * {@code true}).
		 * @param createSchema whether to create it
		 * @return this builder
		 */
		public Builder createSchema(boolean createSchema) {
			this.createSchema = createSchema;
			return this;
		}

		/**
		 * Sets the last version to migrate to, or {@code null} for the newest.
		 * @param target the target, or {@code null} for the newest
		 * @return this builder
		 */
		public Builder target(@Nullable Version target) {
			this.target = target;
			return this;
		}

		/**
		 * Sets whether a pending migration older than the newest applied one may be
		 * applied (default {@code false}: such a migration fails validation).
		 * @param outOfOrder whether they may
		 * @return this builder
		 */
		public Builder outOfOrder(boolean outOfOrder) {
			this.outOfOrder = outOfOrder;
			return this;
		}

		/**
		 * Sets what to do with an applied migration whose file is gone (default
		 * {@link MissingFilePolicy#FAIL}).
		 * @param missingFilePolicy the policy
		 * @return this builder
		 */
		public Builder missingFilePolicy(MissingFilePolicy missingFilePolicy) {
			this.missingFilePolicy = missingFilePolicy;
			return this;
		}

		/**
		 * Sets how long to wait for another migrator's lock before failing (default 5
		 * minutes).
		 * @param lockWaitTimeout the timeout, not negative
		 * @return this builder
		 */
		public Builder lockWaitTimeout(Duration lockWaitTimeout) {
			this.lockWaitTimeout = lockWaitTimeout;
			return this;
		}

		/**
		 * Sets the class loader for {@code classpath:} locations, or {@code null} for the
		 * engine's own.
		 * @param classLoader the class loader, or {@code null} for the engine's own
		 * @return this builder
		 */
		public Builder classLoader(@Nullable ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/**
		 * Sets PostgreSQL's {@code lock_timeout} while a migration runs (default 5 s), so
		 * that a migration waiting for a table lock never queues the application behind
		 * it for longer.
		 * @param lockTimeout the timeout, at least 1 ms
		 * @return this builder
		 */
		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		/**
		 * Sets PostgreSQL's {@code statement_timeout} while a migration runs, or
		 * {@code null} (the default) to leave the session's own.
		 * @param statementTimeout the timeout (at least 1 ms), or {@code null} to leave
		 * the session's own
		 * @return this builder
		 */
		public Builder statementTimeout(@Nullable Duration statementTimeout) {
			this.statementTimeout = statementTimeout;
			return this;
		}

		/**
		 * Sets the {@code statement_timeout} of statements that take long by nature and
		 * hold no strong lock ({@code CREATE INDEX CONCURRENTLY},
		 * {@code REINDEX … CONCURRENTLY}, {@code VALIDATE CONSTRAINT}), or {@code null}
		 * (the default) for none.
		 * @param longStatementTimeout the timeout (at least 1 ms), or {@code null} for
		 * none
		 * @return this builder
		 */
		public Builder longStatementTimeout(@Nullable Duration longStatementTimeout) {
			this.longStatementTimeout = longStatementTimeout;
			return this;
		}

		/**
		 * Sets how many times a migration (or, outside a transaction, a statement) that
		 * hit {@code lock_timeout} is retried before failing (default 10).
		 * @param lockRetries the number of retries, not negative
		 * @return this builder
		 */
		public Builder lockRetries(int lockRetries) {
			this.lockRetries = lockRetries;
			return this;
		}

		/**
		 * Sets the first pause before a retry; it doubles at each retry (with jitter), up
		 * to 30 s (default 500 ms).
		 * @param lockRetryBackoff the pause, not negative
		 * @return this builder
		 */
		public Builder lockRetryBackoff(Duration lockRetryBackoff) {
			this.lockRetryBackoff = lockRetryBackoff;
			return this;
		}

		/**
		 * Sets whether migrations marked {@code -- migrate:phase contract} may run
		 * (default {@code false}: they are held until every instance runs code that no
		 * longer needs what they remove).
		 * @param contractEnabled whether they may
		 * @return this builder
		 */
		public Builder contractEnabled(boolean contractEnabled) {
			this.contractEnabled = contractEnabled;
			return this;
		}

		/**
		 * Sets what a Flyway {@code V} file without a {@code U} file is (default
		 * {@link MissingDownPolicy#IRREVERSIBLE}).
		 * @param missingDownPolicy the policy
		 * @return this builder
		 */
		public Builder missingDownPolicy(MissingDownPolicy missingDownPolicy) {
			this.missingDownPolicy = missingDownPolicy;
			return this;
		}

		/**
		 * Sets Flyway's history table, taken over on the first run against a database
		 * that has it and no history of ours (default {@code flyway_schema_history}, in
		 * the history schema).
		 * @param flywayHistoryTable the table name
		 * @return this builder
		 */
		public Builder flywayHistoryTable(String flywayHistoryTable) {
			this.flywayHistoryTable = flywayHistoryTable;
			return this;
		}

		/**
		 * Sets the baseline version: for a database never under a migration tool,
		 * versions at or below it count as applied without running.
		 * @param baselineVersion the version, or {@code null} for none
		 * @return this builder
		 */
		public Builder baselineVersion(@Nullable Version baselineVersion) {
			this.baselineVersion = baselineVersion;
			return this;
		}

		/**
		 * Sets the values of {@code ${name}} placeholders in SQL, by name.
		 * @param placeholders name → value
		 * @return this builder
		 */
		public Builder placeholders(Map<String, String> placeholders) {
			this.placeholders = placeholders;
			return this;
		}

		/**
		 * Sets whether {@code ${name}} placeholders are replaced at all (default
		 * {@code true}; an unknown one is then an error).
		 * @param placeholderReplacement whether they are
		 * @return this builder
		 */
		public Builder placeholderReplacement(boolean placeholderReplacement) {
			this.placeholderReplacement = placeholderReplacement;
			return this;
		}

		/**
		 * Sets whether placeholders inside string literals, quoted identifiers, comments
		 * and dollar-quoted bodies are left alone (default {@code false}: replaced
		 * everywhere, as Flyway does).
		 * @param placeholdersOutsideQuotesOnly whether they are
		 * @return this builder
		 */
		public Builder placeholdersOutsideQuotesOnly(boolean placeholdersOutsideQuotesOnly) {
			this.placeholdersOutsideQuotesOnly = placeholdersOutsideQuotesOnly;
			return this;
		}

		/**
		 * Sets what the safety linter's findings do to migrate (default
		 * {@link LintMode#FAIL}).
		 * @param lintMode the mode
		 * @return this builder
		 */
		public Builder lintMode(LintMode lintMode) {
			this.lintMode = lintMode;
			return this;
		}

		/**
		 * Sets the version at or below which migrations are not linted (default
		 * {@code null}: every pending migration is).
		 * @param lintStartAfter the version, or {@code null}
		 * @return this builder
		 */
		public Builder lintStartAfter(@Nullable Version lintStartAfter) {
			this.lintStartAfter = lintStartAfter;
			return this;
		}

		/**
		 * Sets whether the schema comes first on the search path of the migrator's
		 * connections while a command runs (default {@code false}).
		 * @param schemaOnSearchPath whether it does; needs a {@link #schema(String)
		 * schema}
		 * @return this builder
		 * @see MigrationsConfiguration#schemaOnSearchPath()
		 */
		public Builder schemaOnSearchPath(boolean schemaOnSearchPath) {
			this.schemaOnSearchPath = schemaOnSearchPath;
			return this;
		}

		/**
		 * Builds the configuration.
		 * @return the configuration
		 * @throws IllegalArgumentException if a value is invalid; the message names its
		 * setting
		 * @throws NullPointerException if a setting that needs a value has none
		 */
		public MigrationsConfiguration build() {
			return new MigrationsConfiguration(this);
		}

	}

}
