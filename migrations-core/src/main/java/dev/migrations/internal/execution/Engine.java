package dev.migrations.internal.execution;

import javax.sql.DataSource;

import dev.migrations.MigrationListener;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.MissingDownPolicy;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.discovery.ScriptParser;
import dev.migrations.internal.discovery.ScriptScanner;

/**
 * What stands behind a {@link dev.migrations.Migrator}: its migrations, read once, on
 * first use, and the two kinds of work done with them — the {@link SchemaChanger}
 * (migrate, undo: under the migration lock) and the {@link Inspector} (status, validate,
 * lint, plan: read-only, no lock). Thread-safe.
 */
public final class Engine {

	private final MigrationsConfiguration configuration;

	private final Inputs inputs;

	private final SchemaChanger changer;

	private final Inspector inspector;

	private volatile MigrationSet migrations;

	/**
	 * Creates the engine.
	 * @param dataSource where to migrate
	 * @param configuration the configuration
	 * @param listener hears what happens
	 * @param inputs the sources of the files and the Java migrations
	 */
	public Engine(DataSource dataSource, MigrationsConfiguration configuration, MigrationListener listener,
			Inputs inputs) {
		this.configuration = configuration;
		this.inputs = inputs;
		this.changer = new SchemaChanger(dataSource, configuration, new SafeListener(listener), this::migrations);
		this.inspector = new Inspector(dataSource, configuration, this::migrations);
	}

	/**
	 * The commands that change the schema under the migration lock.
	 * @return migrate and undo
	 */
	public SchemaChanger changer() {
		return this.changer;
	}

	/**
	 * The read-only inspections.
	 * @return status, validate, lint and plan
	 */
	public Inspector inspector() {
		return this.inspector;
	}

	/**
	 * The migrations, read on first call (names, sections and checksums; statements are
	 * split when a migration needs them, once): versioned, repeatable, callback and Java
	 * ones.
	 * @return the migrations
	 * @throws dev.migrations.ScriptException if a file's name, encoding or sections
	 * cannot be read, or two migrations claim one version
	 */
	public MigrationSet migrations() {
		MigrationSet result = this.migrations;
		if (result == null) {
			synchronized (this) {
				result = this.migrations;
				if (result == null) {
					result = new ScriptParser(this.configuration.missingDownPolicy() == MissingDownPolicy.FAIL)
						.read(ScriptScanner.scan(this.inputs.sourcesOf(this.configuration)))
						.withJava(this.inputs.javaMigrations());
					this.migrations = result;
				}
			}
		}
		return result;
	}

}
