package dev.migrations.autoconfigure;

import java.util.Objects;

import dev.migrations.MigrateResult;
import dev.migrations.Migrator;
import dev.migrations.ValidateResult;
import dev.migrations.autoconfigure.MigrationsProperties.Mode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the start-up {@link Mode}, or hands the migrator to the application's
 * {@link MigrationStrategy}, while the context refreshes. Beans that use the schema (JPA,
 * {@code JdbcTemplate}, {@code JdbcClient}, jOOQ) are created after it: Spring Boot's
 * database initialization ordering finds this bean through
 * {@link MigrationsInitializerDetector}.
 */
public class MigrationsInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(MigrationsInitializer.class);

	private final Migrator migrator;

	private final Mode mode;

	private final MigrationsCommandObserver observer;

	private final @Nullable MigrationStrategy strategy;

	/**
	 * Creates an initializer.
	 * @param migrator the migrator
	 * @param mode what to do at start-up
	 * @param observer wraps the run, for tracing
	 */
	public MigrationsInitializer(Migrator migrator, Mode mode, MigrationsCommandObserver observer) {
		this(migrator, mode, observer, null);
	}

	/**
	 * Creates an initializer.
	 * @param migrator the migrator
	 * @param mode what to do at start-up when there is no strategy
	 * @param observer wraps the run, for tracing
	 * @param strategy decides what runs at start-up instead of the mode, or {@code null}
	 */
	public MigrationsInitializer(Migrator migrator, Mode mode, MigrationsCommandObserver observer,
			@Nullable MigrationStrategy strategy) {
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.mode = Objects.requireNonNull(mode, "mode");
		this.observer = Objects.requireNonNull(observer, "observer");
		this.strategy = strategy;
	}

	/**
	 * Runs the strategy, or migrates or validates as the mode says.
	 * @throws dev.migrations.MigrationException if a migration fails, or (validate mode)
	 * if anything is pending, changed, missing, out of order or partial
	 */
	@Override
	public void afterPropertiesSet() {
		if (this.strategy != null && this.mode != Mode.NONE) {
			logger.debug("Start-up migrations decided by " + this.strategy.getClass().getName());
			this.strategy.migrate(this.migrator);
			return;
		}
		switch (this.mode) {
			case MIGRATE -> migrate();
			case VALIDATE -> validate();
			case NONE -> logger.debug("migrations.mode=none: nothing to do at start-up");
		}
	}

	private void migrate() {
		MigrateResult result = this.observer.observe("migrate", this.migrator::migrate).orThrow();
		if (result instanceof MigrateResult.Applied applied) {
			logger.info("Applied " + applied.applied().size() + " migration(s); current version " + applied.current());
		}
		else if (result instanceof MigrateResult.UpToDate upToDate) {
			logger
				.info("Schema up to date" + ((upToDate.current() != null) ? " at version " + upToDate.current() : ""));
		}
	}

	private void validate() {
		ValidateResult result = this.observer.observe("validate", this.migrator::validate);
		if (result instanceof ValidateResult.Invalid invalid) {
			throw invalid.toException();
		}
		logger.info("Migrations valid: nothing pending or changed");
	}

	/**
	 * The start-up mode.
	 * @return the mode
	 */
	public Mode getMode() {
		return this.mode;
	}

}
