package dev.migrations.benchmarks;

import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import dev.migrations.ValidateResult;
import dev.migrations.lint.LintMode;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Our engine in a fresh JVM: {@code migrate}, {@code status} or {@code validate} with the
 * defaults and one {@code filesystem:} location ({@code -Dbench.lint=off} turns the
 * linter off).
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
		MigrationsConfiguration.Builder configuration = MigrationsConfiguration.builder()
			.locations("filesystem:" + invocation.location());
		if ("off".equals(System.getProperty("bench.lint"))) {
			configuration.lintMode(LintMode.OFF);
		}
		Migrator migrator = Migrator.builder(dataSource).configuration(configuration.build()).build();
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
