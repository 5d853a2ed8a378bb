package dev.migrations.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.autoconfigure.MigrationsProperties.Mode;
import dev.migrations.lint.LintMode;

/**
 * The migrations of one named DataSource ({@code migrations.datasources.<name>.*}): which
 * DataSource bean, and the settings that differ from {@code migrations.*}, which it
 * inherits otherwise. Not thread-safe: bound once at start-up.
 */
public class DataSourceMigrationsProperties {

	/**
	 * Name of the DataSource bean to migrate. Default: the group's name followed by
	 * 'DataSource', such as 'ordersDataSource'.
	 */
	private String dataSource;

	/**
	 * Locations of this DataSource's migration files. Default: 'migrations.locations'.
	 */
	private List<String> locations = new ArrayList<>();

	/**
	 * Schema of this DataSource's history table. Default: 'migrations.schema'.
	 */
	private String schema;

	/**
	 * Name of this DataSource's history table. Default: 'migrations.table'.
	 */
	private String table;

	/**
	 * What the linter's findings do to migrate on this DataSource. Default:
	 * 'migrations.lint.mode'.
	 */
	private LintMode lintMode;

	/**
	 * What to do with this DataSource's migrations at start-up. Default:
	 * 'migrations.mode'.
	 */
	private Mode mode;

	/**
	 * Applies the settings this group sets over those of {@code migrations.*}.
	 * @param builder the configuration from {@code migrations.*}
	 * @return the builder
	 */
	MigrationsConfiguration.Builder applyTo(MigrationsConfiguration.Builder builder) {
		if (!this.locations.isEmpty()) {
			builder.locations(this.locations);
		}
		if (this.schema != null) {
			builder.schema(this.schema);
		}
		if (this.table != null) {
			builder.table(this.table);
		}
		if (this.lintMode != null) {
			builder.lintMode(this.lintMode);
		}
		return builder;
	}

	public String getDataSource() {
		return this.dataSource;
	}

	public void setDataSource(String dataSource) {
		this.dataSource = dataSource;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public String getSchema() {
		return this.schema;
	}

	public void setSchema(String schema) {
		this.schema = schema;
	}

	public String getTable() {
		return this.table;
	}

	public void setTable(String table) {
		this.table = table;
	}

	public LintMode getLintMode() {
		return this.lintMode;
	}

	public void setLintMode(LintMode lintMode) {
		this.lintMode = lintMode;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

}
