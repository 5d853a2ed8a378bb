package dev.migrations.autoconfigure.endpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationRun;
import dev.migrations.Migrator;
import dev.migrations.UndoResult;
import dev.migrations.Version;
import dev.migrations.autoconfigure.MigrationsCommandObserver;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * Write operations of the {@code migrations} endpoint over HTTP, present only when
 * {@code migrations.endpoint.write-enabled=true}: {@code POST /actuator/migrations} with
 * {@code {"command": "migrate"}} applies pending migrations (up to {@code "target"} when
 * given), and with {@code {"command": "undo", "target": "20260501_01"}} undoes every
 * migration above the target (without a target, the latest one). Runs on every migrator
 * of the application's own context (not its parents'). Only a principal in one of the
 * allowed roles ({@code migrations.endpoint.roles}), as Spring Security reports it
 * through the endpoint's {@link SecurityContext}, may run them: 401 without a principal,
 * 403 with none of the roles. Thread-safe: the migration lock serialises runs.
 */
@EndpointWebExtension(endpoint = MigrationsEndpoint.class)
public class MigrationsEndpointWebExtension {

	private static final int UNAUTHORIZED = 401;

	private static final int FORBIDDEN = 403;

	private final Map<String, Migrator> migrators;

	private final MigrationsCommandObserver observer;

	private final Set<String> roles;

	/**
	 * Creates the extension.
	 * @param migrators the migrators by bean name
	 * @param observer wraps each run, for tracing
	 * @param roles the roles allowed to run the operations; none when empty
	 */
	public MigrationsEndpointWebExtension(Map<String, Migrator> migrators, MigrationsCommandObserver observer,
			Set<String> roles) {
		this.migrators = new LinkedHashMap<>(Objects.requireNonNull(migrators, "migrators"));
		this.observer = Objects.requireNonNull(observer, "observer");
		this.roles = Set.copyOf(roles);
	}

	/**
	 * Runs {@code migrate} or {@code undo} on every migrator.
	 * @param securityContext who asks
	 * @param command {@code migrate} or {@code undo}
	 * @param target migrate: the last version to apply; undo: the version to return to
	 * @return each migrator's outcome; status 500 when one failed, 401 without a
	 * principal, 403 without an allowed role
	 * @throws InvalidEndpointRequestException (400) for another command or a target that
	 * does not parse
	 */
	@WriteOperation
	public WebEndpointResponse<CommandOutcomes> run(SecurityContext securityContext, String command,
			@Nullable String target) {
		if (securityContext.getPrincipal() == null) {
			return new WebEndpointResponse<>(UNAUTHORIZED);
		}
		if (this.roles.stream().noneMatch(securityContext::isUserInRole)) {
			return new WebEndpointResponse<>(FORBIDDEN);
		}
		String name = command.strip().toLowerCase(Locale.ROOT);
		if (!name.equals("migrate") && !name.equals("undo")) {
			throw new InvalidEndpointRequestException("Unknown command '" + command + "': use migrate or undo",
					"Unknown command");
		}
		Version version = (target != null && !target.isBlank()) ? MigrationsEndpoint.parse(target.strip()) : null;
		Map<String, CommandOutcome> outcomes = new LinkedHashMap<>();
		this.migrators.forEach((bean, migrator) -> outcomes.put(bean, run(migrator, name, version)));
		boolean failed = outcomes.values().stream().anyMatch((outcome) -> outcome.error() != null);
		return new WebEndpointResponse<>(new CommandOutcomes(name, outcomes),
				failed ? WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR : WebEndpointResponse.STATUS_OK);
	}

	private CommandOutcome run(Migrator migrator, String command, Version target) {
		try {
			if (command.equals("migrate")) {
				MigrateResult result = this.observer.observe(command,
						() -> (target != null) ? migrator.migrate(target) : migrator.migrate());
				MigrationException error = (result instanceof MigrateResult.Failed failed) ? failed.error() : null;
				return outcome(migrator, result.applied(), error);
			}
			UndoResult result = this.observer.observe(command,
					() -> (target != null) ? migrator.undo(target) : migrator.undo());
			MigrationException error = (result instanceof UndoResult.Failed failed) ? failed.error() : null;
			return outcome(migrator, result.undone(), error);
		}
		catch (MigrationException ex) {
			return outcome(migrator, List.of(), ex);
		}
	}

	private CommandOutcome outcome(Migrator migrator, List<MigrationRun> executed, MigrationException error) {
		String current = migrator.status().currentVersion().map(Version::toString).orElse(null);
		List<String> scripts = executed.stream().map(MigrationRun::script).toList();
		return new CommandOutcome(scripts, current, (error != null) ? error.getMessage() : null);
	}

	/**
	 * The outcome of a command on every migrator.
	 *
	 * @param command the command that ran
	 * @param migrators each migrator's outcome by bean name
	 */
	public record CommandOutcomes(String command,
			Map<String, CommandOutcome> migrators) implements OperationResponseBody {
	}

	/**
	 * The outcome of a command on one migrator.
	 *
	 * @param executed the files whose up (migrate) or down (undo) section ran, in order
	 * @param currentVersion the current version afterwards, or {@code null} when nothing
	 * is applied
	 * @param error what failed, or {@code null}
	 */
	public record CommandOutcome(List<String> executed, String currentVersion, String error) {
	}

}
