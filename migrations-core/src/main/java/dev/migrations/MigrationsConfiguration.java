package dev.migrations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a {@link Migrator} finds its files and keeps its history. Immutable; build one with
 * {@link #builder()}, or start from {@link #defaults()}.
 *
 * @param locations where the migration files are: {@code classpath:db/migrations} (the
 * default; also inside jars) or {@code filesystem:/path}; a location without a prefix is
 * a classpath location
 * @param schema the schema of the history table, or {@code null} for the connection's
 * current schema
 * @param table the history table's name (default {@code schema_migrations})
 * @param createSchema whether to create the history schema when it does not exist
 * (default {@code true})
 * @param target migrate no further than this version, or {@code null} for the newest
 * @param outOfOrder whether a pending migration older than the newest applied one may be
 * applied (default {@code false}: such a migration fails validation)
 * @param missingFilePolicy what to do with an applied migration whose file is gone
 * (default {@link MissingFilePolicy#FAIL})
 * @param lockWaitTimeout how long to wait for another migrator's lock before failing
 * (default 5 minutes)
 * @param classLoader the class loader for {@code classpath:} locations, or {@code null}
 * for the engine's own
 * @param lockTimeout PostgreSQL's {@code lock_timeout} while a migration runs (default 5
 * s), so a migration waiting for a table lock never queues the application behind it for
 * longer
 * @param statementTimeout PostgreSQL's {@code statement_timeout} while a migration runs,
 * or {@code null} (the default) to leave the session's own
 * @param longStatementTimeout the {@code statement_timeout} of statements that take long
 * by nature and hold no strong lock ({@code CREATE INDEX CONCURRENTLY},
 * {@code REINDEX … CONCURRENTLY}, {@code VALIDATE CONSTRAINT}), or {@code null} (the
 * default) for none
 * @param lockRetries how many times a migration (or, outside a transaction, a statement)
 * that hit {@code lock_timeout} is retried before failing (default 10)
 * @param lockRetryBackoff the first pause before a retry; it doubles at each retry (with
 * jitter), up to 30 s (default 500 ms)
 * @param contractEnabled whether migrations marked {@code -- migrate:phase contract} may
 * run (default {@code false}: they are held until every instance runs code that no longer
 * needs what they remove)
 * @param missingDownPolicy what a Flyway {@code V} file without a {@code U} file is
 * (default {@link MissingDownPolicy#IRREVERSIBLE})
 * @param flywayHistoryTable Flyway's history table, imported on the first run against a
 * database that has it and no history of ours (default {@code flyway_schema_history}, in
 * the history schema)
 * @param baselineVersion for a database never under a migration tool: versions at or
 * below it count as applied without running, or {@code null} (the default) for none
 * @param placeholders values of {@code ${name}} placeholders in SQL
 * @param placeholderReplacement whether {@code ${name}} placeholders are replaced at all
 * (default {@code true}; an unknown one is then an error)
 * @param placeholdersOutsideQuotesOnly whether placeholders inside string literals,
 * quoted identifiers, comments and dollar-quoted bodies are left alone (default
 * {@code false}: replaced everywhere, as Flyway does)
 * @param lintMode what the safety linter's findings do to migrate (default
 * {@link LintMode#FAIL})
 */
public record MigrationsConfiguration(List<String> locations, String schema, String table, boolean createSchema,
		Version target, boolean outOfOrder, MissingFilePolicy missingFilePolicy, Duration lockWaitTimeout,
		ClassLoader classLoader, Duration lockTimeout, Duration statementTimeout, Duration longStatementTimeout,
		int lockRetries, Duration lockRetryBackoff, boolean contractEnabled, MissingDownPolicy missingDownPolicy,
		String flywayHistoryTable, Version baselineVersion, Map<String, String> placeholders,
		boolean placeholderReplacement, boolean placeholdersOutsideQuotesOnly, LintMode lintMode) {

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

	/**
	 * Validates the values.
	 * @throws IllegalArgumentException if a location has an unknown prefix, the schema or
	 * table is not a plain identifier (letters, digits, {@code _}, {@code $}; at most 63
	 * characters), or the timeout is negative
	 */
	public MigrationsConfiguration {
		locations = List.copyOf(Objects.requireNonNull(locations, "locations"));
		if (locations.isEmpty()) {
			throw new IllegalArgumentException("At least one location is required (migrations.locations)");
		}
		locations.forEach(MigrationsConfiguration::checkLocation);
		if (schema != null) {
			checkIdentifier("schema", schema);
		}
		checkIdentifier("table", Objects.requireNonNull(table, "table"));
		Objects.requireNonNull(missingFilePolicy, "missingFilePolicy");
		Objects.requireNonNull(lockWaitTimeout, "lockWaitTimeout");
		if (lockWaitTimeout.isNegative()) {
			throw new IllegalArgumentException("lockWaitTimeout must not be negative: " + lockWaitTimeout);
		}
		checkPositive("lock-timeout", Objects.requireNonNull(lockTimeout, "lockTimeout"));
		if (statementTimeout != null) {
			checkPositive("statement-timeout", statementTimeout);
		}
		if (longStatementTimeout != null) {
			checkPositive("long-statement-timeout", longStatementTimeout);
		}
		if (lockRetries < 0) {
			throw new IllegalArgumentException("migrations.lock-retries must not be negative: " + lockRetries);
		}
		Objects.requireNonNull(lockRetryBackoff, "lockRetryBackoff");
		Objects.requireNonNull(missingDownPolicy, "missingDownPolicy");
		Objects.requireNonNull(lintMode, "lintMode");
		checkIdentifier("flyway.history-table", Objects.requireNonNull(flywayHistoryTable, "flywayHistoryTable"));
		placeholders = Map.copyOf(Objects.requireNonNull(placeholders, "placeholders"));
		if (lockRetryBackoff.isNegative()) {
			throw new IllegalArgumentException(
					"migrations.lock-retry-backoff must not be negative: " + lockRetryBackoff);
		}
	}

	private static void checkPositive(String property, Duration duration) {
		if (duration.isNegative() || duration.isZero() || duration.toMillis() == 0) {
			throw new IllegalArgumentException("migrations." + property + " must be at least 1 ms: " + duration);
		}
	}

	private static void checkLocation(String location) {
		int colon = location.indexOf(':');
		String prefix = (colon < 0) ? "classpath" : location.substring(0, colon);
		if (!prefix.equals("classpath") && !prefix.equals("filesystem")) {
			throw new IllegalArgumentException("Unknown location prefix '" + prefix + ":' in '" + location
					+ "' (migrations.locations): use classpath: or filesystem:");
		}
	}

	private static void checkIdentifier(String what, String value) {
		if (!IDENTIFIER.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid " + what + " name '" + value + "' (migrations." + what
					+ "): use letters, digits, '_' or '$', starting with a letter or '_', at most 63 characters");
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
	 * A builder starting from this configuration.
	 * @return a new builder
	 */
	public Builder toBuilder() {
		return new Builder().locations(this.locations)
			.schema(this.schema)
			.table(this.table)
			.createSchema(this.createSchema)
			.target(this.target)
			.outOfOrder(this.outOfOrder)
			.missingFilePolicy(this.missingFilePolicy)
			.lockWaitTimeout(this.lockWaitTimeout)
			.classLoader(this.classLoader)
			.lockTimeout(this.lockTimeout)
			.statementTimeout(this.statementTimeout)
			.longStatementTimeout(this.longStatementTimeout)
			.lockRetries(this.lockRetries)
			.lockRetryBackoff(this.lockRetryBackoff)
			.contractEnabled(this.contractEnabled)
			.missingDownPolicy(this.missingDownPolicy)
			.flywayHistoryTable(this.flywayHistoryTable)
			.baselineVersion(this.baselineVersion)
			.placeholders(this.placeholders)
			.placeholderReplacement(this.placeholderReplacement)
			.placeholdersOutsideQuotesOnly(this.placeholdersOutsideQuotesOnly)
			.lintMode(this.lintMode);
	}

	/**
	 * Builds a {@link MigrationsConfiguration}. Not thread-safe.
	 */
	public static final class Builder {

		private List<String> locations = List.of(DEFAULT_LOCATION);

		private String schema;

		private String table = DEFAULT_TABLE;

		private boolean createSchema = true;

		private Version target;

		private boolean outOfOrder;

		private MissingFilePolicy missingFilePolicy = MissingFilePolicy.FAIL;

		private Duration lockWaitTimeout = DEFAULT_LOCK_WAIT_TIMEOUT;

		private ClassLoader classLoader;

		private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

		private Duration statementTimeout;

		private Duration longStatementTimeout;

		private int lockRetries = DEFAULT_LOCK_RETRIES;

		private Duration lockRetryBackoff = DEFAULT_LOCK_RETRY_BACKOFF;

		private boolean contractEnabled;

		private MissingDownPolicy missingDownPolicy = MissingDownPolicy.IRREVERSIBLE;

		private String flywayHistoryTable = DEFAULT_FLYWAY_HISTORY_TABLE;

		private Version baselineVersion;

		private Map<String, String> placeholders = Map.of();

		private boolean placeholderReplacement = true;

		private boolean placeholdersOutsideQuotesOnly;

		private LintMode lintMode = LintMode.FAIL;

		private Builder() {
		}

		/**
		 * Sets what the safety linter's findings do to migrate.
		 * @param lintMode the mode
		 * @return this builder
		 */
		public Builder lintMode(LintMode lintMode) {
			this.lintMode = lintMode;
			return this;
		}

		/**
		 * Sets what a Flyway migration without an undo file is.
		 * @param missingDownPolicy the policy
		 * @return this builder
		 */
		public Builder missingDownPolicy(MissingDownPolicy missingDownPolicy) {
			this.missingDownPolicy = missingDownPolicy;
			return this;
		}

		/**
		 * Sets Flyway's history table name, for the import.
		 * @param flywayHistoryTable the table name
		 * @return this builder
		 */
		public Builder flywayHistoryTable(String flywayHistoryTable) {
			this.flywayHistoryTable = flywayHistoryTable;
			return this;
		}

		/**
		 * Sets the baseline version.
		 * @param baselineVersion the version, or {@code null} for none
		 * @return this builder
		 */
		public Builder baselineVersion(Version baselineVersion) {
			this.baselineVersion = baselineVersion;
			return this;
		}

		/**
		 * Sets the placeholder values.
		 * @param placeholders name → value
		 * @return this builder
		 */
		public Builder placeholders(Map<String, String> placeholders) {
			this.placeholders = placeholders;
			return this;
		}

		/**
		 * Sets whether placeholders are replaced.
		 * @param placeholderReplacement whether they are
		 * @return this builder
		 */
		public Builder placeholderReplacement(boolean placeholderReplacement) {
			this.placeholderReplacement = placeholderReplacement;
			return this;
		}

		/**
		 * Sets whether placeholders in quotes, comments and dollar bodies are left alone.
		 * @param placeholdersOutsideQuotesOnly whether they are
		 * @return this builder
		 */
		public Builder placeholdersOutsideQuotesOnly(boolean placeholdersOutsideQuotesOnly) {
			this.placeholdersOutsideQuotesOnly = placeholdersOutsideQuotesOnly;
			return this;
		}

		/**
		 * Sets PostgreSQL's {@code lock_timeout} while a migration runs.
		 * @param lockTimeout the timeout
		 * @return this builder
		 */
		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		/**
		 * Sets PostgreSQL's {@code statement_timeout} while a migration runs.
		 * @param statementTimeout the timeout, or {@code null} to leave the session's own
		 * @return this builder
		 */
		public Builder statementTimeout(Duration statementTimeout) {
			this.statementTimeout = statementTimeout;
			return this;
		}

		/**
		 * Sets the {@code statement_timeout} of index builds and constraint validations.
		 * @param longStatementTimeout the timeout, or {@code null} for none
		 * @return this builder
		 */
		public Builder longStatementTimeout(Duration longStatementTimeout) {
			this.longStatementTimeout = longStatementTimeout;
			return this;
		}

		/**
		 * Sets how many times to retry after {@code lock_timeout}.
		 * @param lockRetries the number of retries
		 * @return this builder
		 */
		public Builder lockRetries(int lockRetries) {
			this.lockRetries = lockRetries;
			return this;
		}

		/**
		 * Sets the first pause before a retry.
		 * @param lockRetryBackoff the pause
		 * @return this builder
		 */
		public Builder lockRetryBackoff(Duration lockRetryBackoff) {
			this.lockRetryBackoff = lockRetryBackoff;
			return this;
		}

		/**
		 * Sets whether contract-phase migrations may run.
		 * @param contractEnabled whether they may
		 * @return this builder
		 */
		public Builder contractEnabled(boolean contractEnabled) {
			this.contractEnabled = contractEnabled;
			return this;
		}

		/**
		 * Sets the locations.
		 * @param locations {@code classpath:…} or {@code filesystem:…} locations
		 * @return this builder
		 */
		public Builder locations(List<String> locations) {
			this.locations = locations;
			return this;
		}

		/**
		 * Sets the locations.
		 * @param locations {@code classpath:…} or {@code filesystem:…} locations
		 * @return this builder
		 */
		public Builder locations(String... locations) {
			return locations(List.of(locations));
		}

		/**
		 * Sets the history table's schema.
		 * @param schema the schema, or {@code null} for the current schema
		 * @return this builder
		 */
		public Builder schema(String schema) {
			this.schema = schema;
			return this;
		}

		/**
		 * Sets the history table's name.
		 * @param table the table name
		 * @return this builder
		 */
		public Builder table(String table) {
			this.table = table;
			return this;
		}

		/**
		 * Sets whether to create the history schema when missing.
		 * @param createSchema whether to create it
		 * @return this builder
		 */
		public Builder createSchema(boolean createSchema) {
			this.createSchema = createSchema;
			return this;
		}

		/**
		 * Sets the version to migrate to.
		 * @param target the target, or {@code null} for the newest
		 * @return this builder
		 */
		public Builder target(Version target) {
			this.target = target;
			return this;
		}

		/**
		 * Sets whether out-of-order migrations may be applied.
		 * @param outOfOrder whether they may
		 * @return this builder
		 */
		public Builder outOfOrder(boolean outOfOrder) {
			this.outOfOrder = outOfOrder;
			return this;
		}

		/**
		 * Sets what to do with applied migrations whose file is gone.
		 * @param missingFilePolicy the policy
		 * @return this builder
		 */
		public Builder missingFilePolicy(MissingFilePolicy missingFilePolicy) {
			this.missingFilePolicy = missingFilePolicy;
			return this;
		}

		/**
		 * Sets how long to wait for the migration lock.
		 * @param lockWaitTimeout the timeout
		 * @return this builder
		 */
		public Builder lockWaitTimeout(Duration lockWaitTimeout) {
			this.lockWaitTimeout = lockWaitTimeout;
			return this;
		}

		/**
		 * Sets the class loader for {@code classpath:} locations.
		 * @param classLoader the class loader, or {@code null} for the engine's own
		 * @return this builder
		 */
		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		/**
		 * Builds the configuration.
		 * @return the configuration
		 * @throws IllegalArgumentException if a value is invalid
		 */
		public MigrationsConfiguration build() {
			return new MigrationsConfiguration(this.locations, this.schema, this.table, this.createSchema, this.target,
					this.outOfOrder, this.missingFilePolicy, this.lockWaitTimeout, this.classLoader, this.lockTimeout,
					this.statementTimeout, this.longStatementTimeout, this.lockRetries, this.lockRetryBackoff,
					this.contractEnabled, this.missingDownPolicy, this.flywayHistoryTable, this.baselineVersion,
					this.placeholders, this.placeholderReplacement, this.placeholdersOutsideQuotesOnly, this.lintMode);
		}

	}

}
