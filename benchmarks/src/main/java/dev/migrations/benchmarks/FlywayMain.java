package dev.migrations.benchmarks;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Flyway in a fresh JVM: {@code migrate}, {@code info} (as {@code status}) or
 * {@code validate} with the defaults and one {@code filesystem:} location. {@code setup}
 * is {@code migrate} with {@code group=true} (all pending migrations in one transaction),
 * used only to fill a history quickly: one by one, Flyway's {@code migrate} slows down
 * with every migration it applies in the same run (2000 took 14 s and 5000 took 87 s in a
 * trial on a loaded 2-core machine), so applying 10,000 would take minutes.
 */
public final class FlywayMain {

	private FlywayMain() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		Invocation invocation = Invocation.of(args);
		Flyway flyway = Flyway.configure()
			.dataSource(invocation.url(), invocation.user(), invocation.password())
			.locations("filesystem:" + invocation.location())
			.group(invocation.command().equals("setup"))
			.load();
		String outcome = switch (invocation.command()) {
			case "migrate", "setup" -> "applied=" + flyway.migrate().migrationsExecuted;
			case "status" -> "migrations=" + flyway.info().all().length;
			case "validate" -> validate(flyway);
			default -> throw new IllegalArgumentException("unknown command " + invocation.command());
		};
		Invocation.report(start, outcome);
	}

	private static String validate(Flyway flyway) {
		ValidateResult result = flyway.validateWithResult();
		if (!result.validationSuccessful) {
			throw new IllegalStateException("not valid: " + result.getAllErrorMessages());
		}
		return "valid";
	}

}
