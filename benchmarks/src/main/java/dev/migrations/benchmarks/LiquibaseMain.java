package dev.migrations.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase in a fresh JVM: {@code update} (as {@code migrate}), {@code status} (the
 * unrun change sets) or {@code validate}, for the changelog given as location.
 * {@code run.sh} turns Liquibase's anonymous analytics off
 * ({@code -Dliquibase.analytics.enabled=false}): this machine has no network to send them
 * to, and waiting for it would count against Liquibase.
 */
public final class LiquibaseMain {

	private LiquibaseMain() {
	}

	@SuppressWarnings("deprecation")
	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Invocation invocation = Invocation.of(args);
		try (Connection connection = DriverManager.getConnection(invocation.url(), invocation.user(),
				invocation.password())) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			try (Liquibase liquibase = new Liquibase(invocation.location().getFileName().toString(),
					new DirectoryResourceAccessor(invocation.location().getParent()), database)) {
				String outcome = switch (invocation.command()) {
					case "migrate", "setup" -> {
						liquibase.update(new Contexts(), new LabelExpression());
						yield "updated";
					}
					case "status" ->
						"unrun=" + liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
					case "validate" -> {
						liquibase.validate();
						yield "valid";
					}
					default -> throw new IllegalArgumentException("unknown command " + invocation.command());
				};
				Invocation.report(start, outcome);
			}
		}
	}

}
