package dev.migrations.tenant;

/**
 * What a run over many tenants does when one of them fails.
 */
public enum OnFailure {

	/**
	 * No tenant starts after the first failure; those already running finish, and the
	 * others are reported as not started.
	 */
	STOP,

	/**
	 * Every tenant is migrated; the failures are reported at the end.
	 */
	CONTINUE

}
