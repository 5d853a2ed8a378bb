package dev.migrations.test;

import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.verify.Verifier;
import dev.migrations.verify.VerifyOptions;
import dev.migrations.verify.VerifyReport;

/**
 * Verifies pending migrations from a test, in one line:
 *
 * <pre class="code">
 * MigrationsVerifier.forDataSource(dataSource).verifyAll();
 * </pre>
 *
 * For each pending migration, in version order: its up (timed, its locks watched), its
 * down, a check that the schema is back to what it was, and its up again, so that the
 * test database ends migrated. {@link #verifyAll()} fails the test with the whole report
 * when a down does not restore the schema or a step fails; {@link #verify()} returns the
 * report for {@link MigrationsAssertions#assertThat(VerifyReport) assertions}.
 * <p>
 * The data source must be a disposable database: verify refuses one whose name does not
 * look like a test or clone database (such as {@code test}, the Testcontainers default,
 * or {@code orders_test}), unless {@link #allowAnyDatabase()} says otherwise.
 * <p>
 * Instances are immutable and thread-safe; each method that configures returns a new one.
 */
public final class MigrationsVerifier {

	private final DataSource dataSource;

	private final MigrationsConfiguration configuration;

	private final VerifyOptions options;

	private MigrationsVerifier(DataSource dataSource, MigrationsConfiguration configuration, VerifyOptions options) {
		this.dataSource = dataSource;
		this.configuration = configuration;
		this.options = options;
	}

	/**
	 * A verifier of the migrations in {@code classpath:db/migrations}, the engine's
	 * default location, with the history in {@code schema_migrations}.
	 * @param dataSource the test database
	 * @return the verifier
	 */
	public static MigrationsVerifier forDataSource(DataSource dataSource) {
		return new MigrationsVerifier(Objects.requireNonNull(dataSource, "dataSource"),
				MigrationsConfiguration.defaults(), VerifyOptions.defaults());
	}

	/**
	 * A verifier of a migrator's pending migrations, on its data source and with its
	 * configuration.
	 * @param migrator the migrator
	 * @return the verifier
	 */
	public static MigrationsVerifier forMigrator(Migrator migrator) {
		Objects.requireNonNull(migrator, "migrator");
		return new MigrationsVerifier(migrator.dataSource(), migrator.configuration(), VerifyOptions.defaults());
	}

	/**
	 * Verifies the migrations of other locations.
	 * @param locations {@code classpath:…} or {@code filesystem:…} locations
	 * @return a new verifier
	 */
	public MigrationsVerifier locations(String... locations) {
		return configuration(this.configuration.toBuilder().locations(locations).build());
	}

	/**
	 * Verifies with another configuration (locations, history table, timeouts).
	 * @param configuration the configuration
	 * @return a new verifier
	 */
	public MigrationsVerifier configuration(MigrationsConfiguration configuration) {
		return new MigrationsVerifier(this.dataSource, Objects.requireNonNull(configuration, "configuration"),
				this.options);
	}

	/**
	 * Compares other schemas than the connection's current one.
	 * @param schemas the schemas
	 * @return a new verifier
	 */
	public MigrationsVerifier schemas(String... schemas) {
		return new MigrationsVerifier(this.dataSource, this.configuration, this.options.withSchemas(List.of(schemas)));
	}

	/**
	 * Verifies whatever the database's name (as {@code migrations.verify.allow=true}
	 * does).
	 * @return a new verifier
	 */
	public MigrationsVerifier allowAnyDatabase() {
		return new MigrationsVerifier(this.dataSource, this.configuration, this.options.withAllow(true));
	}

	/**
	 * Verifies every pending migration and returns the report, failed or not.
	 * @return the report
	 * @throws dev.migrations.verify.VerifyException (refused) if the database's name does
	 * not look like a test database and {@link #allowAnyDatabase()} was not called
	 * @throws dev.migrations.MigrationException if the database cannot be read or a
	 * migration file cannot be parsed
	 */
	public VerifyReport verify() {
		return new Verifier(Migrator.builder(this.dataSource).configuration(this.configuration).build(), this.options)
			.verify();
	}

	/**
	 * Verifies every pending migration and fails unless all passed (irreversible ones are
	 * reported, not failed).
	 * @return the report, which passed
	 * @throws AssertionError with the report as text, when a migration failed
	 * @throws dev.migrations.verify.VerifyException (refused) if the database's name does
	 * not look like a test database and {@link #allowAnyDatabase()} was not called
	 */
	public VerifyReport verifyAll() {
		VerifyReport report = verify();
		MigrationsAssertions.assertThat(report).hasPassed();
		return report;
	}

}
