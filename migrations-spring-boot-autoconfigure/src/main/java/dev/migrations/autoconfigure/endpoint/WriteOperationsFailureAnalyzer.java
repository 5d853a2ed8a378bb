package dev.migrations.autoconfigure.endpoint;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up refused because the endpoint's write operations would be unsecured:
 * why that is dangerous and what to change. Registered in
 * {@code META-INF/spring.factories}.
 */
class WriteOperationsFailureAnalyzer extends AbstractFailureAnalyzer<WriteOperationsUnsecuredException> {

	private static final String RISK = "With migrations.endpoint.write-enabled=true, POST /actuator/migrations runs "
			+ "migrate and undo: an undo to an early target drops tables and their data.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WriteOperationsUnsecuredException cause) {
		if (cause.isSecurityMissing()) {
			return new FailureAnalysis(
					RISK + " Spring Security is not on the class path, so anyone who reaches "
							+ "the management port could run them.",
					"Add spring-boot-starter-security and set migrations.endpoint.roles to the roles allowed to run "
							+ "them; or set migrations.endpoint.write-enabled=false (or "
							+ "management.endpoint.migrations.access=read-only) and run commands as a one-shot "
							+ "job (--migrations.command=migrate).",
					cause);
		}
		return new FailureAnalysis(RISK + " No role is allowed to run them: migrations.endpoint.roles is empty.",
				"Set migrations.endpoint.roles to the roles allowed to run them (for example MIGRATIONS_ADMIN), "
						+ "or set migrations.endpoint.write-enabled=false.",
				cause);
	}

}
