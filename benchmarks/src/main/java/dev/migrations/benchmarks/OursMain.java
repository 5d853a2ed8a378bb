package dev.migrations.benchmarks;

import org.postgresql.ds.PGSimpleDataSource;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.ValidateResult;

/**
 * Our engine in a fresh JVM: {@code migrate}, {@code status} or {@code validate} with the
 * defaults and one {@code filesystem:} location.
 */
public final class OursMain {

	private OursMain() {
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		Invocation invocation = Invocation.of(args);
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(invocation.url());
		dataSource.setUser(invocation.user());
		dataSource.setPassword(invocation.password());
		Migrator migrator = new Migrator(dataSource,
				MigrationsConfiguration.builder().locations("filesystem:" + invocation.location()).build());
		String outcome = switch (invocation.command()) {
			case "migrate", "setup" -> "applied=" + migrator.migrate().orThrow().applied().size();
			case "status" -> "migrations=" + migrator.status().migrations().size();
			case "validate" -> validate(migrator);
			default -> throw new IllegalArgumentException("unknown command " + invocation.command());
		};
		Invocation.report(start, outcome);
	}

	private static String validate(Migrator migrator) {
		ValidateResult result = migrator.validate();
		if (!(result instanceof ValidateResult.Valid)) {
			throw new IllegalStateException("not valid: " + result);
		}
		return "valid";
	}

}
