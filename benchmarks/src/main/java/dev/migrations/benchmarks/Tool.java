package dev.migrations.benchmarks;

import java.util.List;

/**
 * Each JVM the benchmarks start: a main class, run on the classpath of its Maven profile
 * only, with the JVM options it needs.
 */
enum Tool {

	/** A JVM that opens one connection and runs one query. */
	FLOOR("JVM + 1 query (floor)", "floor", FloorMain.class, List.of()),

	/** Our engine. */
	OURS("migrations (ours)", "ours", OursMain.class, List.of()),

	/** Our engine with its linter off. */
	OURS_LINT_OFF("migrations (ours), lint off", "ours", OursMain.class, List.of("-Dbench.lint=off")),

	/**
	 * Our engine as it was: the jar of another commit ({@code BASELINE_REF}), measured in
	 * the same run.
	 */
	BEFORE("migrations (before)", "before", OursMain.class, List.of()),

	/** Flyway. */
	FLYWAY("Flyway", "flyway", FlywayMain.class, List.of()),

	/** Liquibase; its analytics would wait for a network this machine does not have. */
	LIQUIBASE("Liquibase", "liquibase", LiquibaseMain.class, List.of("-Dliquibase.analytics.enabled=false"));

	private final String label;

	private final String profile;

	private final Class<?> main;

	private final List<String> jvmOptions;

	Tool(String label, String profile, Class<?> main, List<String> jvmOptions) {
		this.label = label;
		this.profile = profile;
		this.main = main;
		this.jvmOptions = jvmOptions;
	}

	String label() {
		return this.label;
	}

	String profile() {
		return this.profile;
	}

	/**
	 * A short name for files and databases.
	 * @return such as {@code ours_lint_off}
	 */
	String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	String mainClass() {
		return this.main.getName();
	}

	List<String> jvmOptions() {
		return this.jvmOptions;
	}

}
