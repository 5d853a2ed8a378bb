package dev.migrations.autoconfigure.endpoint;

/**
 * Thrown at start-up when the endpoint's write operations are enabled but could not be
 * secured: Spring Security is missing, or no role may run them.
 * {@link WriteOperationsFailureAnalyzer} explains it.
 */
public class WriteOperationsUnsecuredException extends IllegalStateException {

	private final boolean securityMissing;

	WriteOperationsUnsecuredException(boolean securityMissing) {
		super(securityMissing
				? "migrations.endpoint.write-enabled=true needs Spring Security, which is not on the " + "class path"
				: "migrations.endpoint.write-enabled=true needs migrations.endpoint.roles");
		this.securityMissing = securityMissing;
	}

	/**
	 * Whether Spring Security is missing (otherwise the roles are).
	 * @return whether it is
	 */
	public boolean isSecurityMissing() {
		return this.securityMissing;
	}

}
