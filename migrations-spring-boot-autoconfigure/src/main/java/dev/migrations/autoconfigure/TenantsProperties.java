package dev.migrations.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.tenant.OnFailure;

/**
 * Migrations per tenant ({@code migrations.tenants.*}): a schema per tenant in the
 * application's database, or a database per tenant reached through a JDBC URL template.
 * Not thread-safe: bound once at start-up.
 */
public class TenantsProperties {

	/**
	 * Tenants with a schema each in the application's database: each gets the tenant
	 * migrations, its own history table and lock in its schema, and its schema first on
	 * the search path while they run.
	 */
	private List<String> schemas = new ArrayList<>();

	/**
	 * Tenants with a database each, reached through 'migrations.tenants.url-template'.
	 */
	private List<String> databases = new ArrayList<>();

	/**
	 * JDBC URL of a tenant's database, '{tenant}' standing for its name, such as
	 * 'jdbc:postgresql://db/{tenant}'. Each tenant gets a pool of 2 connections for its
	 * run, closed after it.
	 */
	private String urlTemplate;

	/**
	 * Login user of the tenants' databases. Default: 'migrations.user', else
	 * 'spring.datasource.username'.
	 */
	private String user;

	/**
	 * Login password of the tenants' databases. Default: 'migrations.password', else
	 * 'spring.datasource.password'.
	 */
	private String password;

	/**
	 * Locations of the migration files applied to each tenant.
	 */
	private List<String> locations = new ArrayList<>(List.of("classpath:db/tenants"));

	/**
	 * How many tenants are migrated at once; each takes at most 2 connections. Default:
	 * half the pool's maximum size (Hikari's maximum-pool-size), at most 4; 4 for a
	 * database per tenant.
	 */
	private Integer parallelism;

	/**
	 * What a start-up or command over many tenants does after one fails: 'stop' starts no
	 * other tenant, 'continue' migrates the others. Either way, start-up fails naming
	 * every failed tenant and its error.
	 */
	private OnFailure onFailure = OnFailure.STOP;

	/**
	 * How many tenants get their own 'tenant' tag on the migrations metrics; the others
	 * share the tag value 'other'.
	 */
	private int metricsTagLimit = 50;

	public List<String> getSchemas() {
		return this.schemas;
	}

	public void setSchemas(List<String> schemas) {
		this.schemas = schemas;
	}

	public List<String> getDatabases() {
		return this.databases;
	}

	public void setDatabases(List<String> databases) {
		this.databases = databases;
	}

	public String getUrlTemplate() {
		return this.urlTemplate;
	}

	public void setUrlTemplate(String urlTemplate) {
		this.urlTemplate = urlTemplate;
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

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public Integer getParallelism() {
		return this.parallelism;
	}

	public void setParallelism(Integer parallelism) {
		this.parallelism = parallelism;
	}

	public OnFailure getOnFailure() {
		return this.onFailure;
	}

	public void setOnFailure(OnFailure onFailure) {
		this.onFailure = onFailure;
	}

	public int getMetricsTagLimit() {
		return this.metricsTagLimit;
	}

	public void setMetricsTagLimit(int metricsTagLimit) {
		this.metricsTagLimit = metricsTagLimit;
	}

}
