package dev.migrations.autoconfigure;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.MigrationRun;
import dev.migrations.Migrator;
import dev.migrations.UndoResult;
import dev.migrations.ValidateResult;
import dev.migrations.Version;
import dev.migrations.autoconfigure.MigrationsProperties.Command;
import dev.migrations.lint.LintFinding;
import dev.migrations.lint.LintSeverity;
import dev.migrations.lint.MigrationPlan;
import dev.migrations.verify.Verifier;
import dev.migrations.verify.VerifyOptions;
import dev.migrations.verify.VerifyReport;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.util.StringUtils;

/**
 * Runs a one-shot {@link Command} ({@code migrations.command}) while the context
 * refreshes, before any bean that uses the schema, and prints its outcome to standard
 * output: for {@code status}, {@code migrate}, {@code undo} and {@code validate} followed
 * by the status table; {@code lint} prints every finding and a summary, {@code plan} the
 * plan, {@code verify} the report (also written as JSON when a report file is set). As an
 * {@link ExitCodeGenerator} it gives 0 when the command succeeded and 1 otherwise; in a
 * real application {@link CommandExitListener} then ends the JVM with that code. Running
 * the command here rather than when the application is ready keeps JPA and friends from
 * looking at a schema the command is about to change.
 */
public class MigrationsCommandRunner implements BeanClassLoaderAware, InitializingBean, ExitCodeGenerator {

	private final Map<String, Migrator> migrators;

	private final boolean stopAfterFailure;

	private final Options options;

	private final MigrationsCommandObserver observer;

	private ClassLoader classLoader = MigrationsCommandRunner.class.getClassLoader();

	private volatile int exitCode = 1;

	private volatile String output = "";

	/**
	 * Creates a runner with the default verify options and no report file.
	 * @param migrator the migrator
	 * @param command the command to run
	 * @param target for {@code undo}, the version to return to, or {@code null} to undo
	 * the latest migration; ignored by other commands (migrate's target is in the
	 * migrator's configuration)
	 * @param observer wraps the run, for tracing
	 */
	public MigrationsCommandRunner(Migrator migrator, Command command, Version target,
			MigrationsCommandObserver observer) {
		this(migrator, new Options(command, target, VerifyOptions.defaults(), null), observer);
	}

	/**
	 * Creates a runner.
	 * @param migrator the migrator
	 * @param options the command and its settings
	 * @param observer wraps the run, for tracing
	 */
	public MigrationsCommandRunner(Migrator migrator, Options options, MigrationsCommandObserver observer) {
		this(Map.of("migrator", Objects.requireNonNull(migrator, "migrator")), false, options, observer);
	}

	/**
	 * Creates a runner of a command on several migrators (several DataSources, or
	 * tenants) in turn; it succeeds when it succeeds on each.
	 * @param migrators the migrators by name, in the order to run them; each one's
	 * outcome is printed under its name when there are several
	 * @param stopAfterFailure whether migrate stops at the first failure (the others are
	 * reported as not started)
	 * @param options the command and its settings
	 * @param observer wraps each run, for tracing
	 */
	public MigrationsCommandRunner(Map<String, Migrator> migrators, boolean stopAfterFailure, Options options,
			MigrationsCommandObserver observer) {
		this.migrators = new LinkedHashMap<>(migrators);
		this.stopAfterFailure = stopAfterFailure;
		this.options = Objects.requireNonNull(options, "options");
		this.observer = Objects.requireNonNull(observer, "observer");
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	/**
	 * Runs the command and prints its outcome. A {@link MigrationException} (a refused
	 * verify, an unreachable database) is printed, not thrown, and gives exit code 1;
	 * other exceptions fail the start-up.
	 */
	@Override
	public void afterPropertiesSet() {
		StringBuilder report = new StringBuilder();
		boolean success = true;
		List<String> notStarted = new ArrayList<>();
		for (Map.Entry<String, Migrator> target : this.migrators.entrySet()) {
			if (!success && this.stopAfterFailure && this.options.command() == Command.MIGRATE) {
				notStarted.add(target.getKey());
				continue;
			}
			if (this.migrators.size() > 1) {
				report.append("== ").append(target.getKey()).append(" ==\n");
			}
			success &= runOn(target.getValue(), report);
		}
		if (this.migrators.isEmpty()) {
			report.append(name()).append(" failed: no migrator to run it on\n");
			success = false;
		}
		if (!notStarted.isEmpty()) {
			report.append("not started after the first failure (migrations.tenants.on-failure=stop): ")
				.append(String.join(", ", notStarted))
				.append('\n');
		}
		this.output = SettingNames.inProperties(report.toString());
		this.exitCode = success ? 0 : 1;
		print(System.out);
	}

	private boolean runOn(Migrator migrator, StringBuilder report) {
		boolean success;
		try {
			success = run(migrator, report);
		}
		catch (MigrationException ex) {
			report.append(name()).append(" failed: ").append(ex.getMessage()).append('\n');
			success = false;
		}
		if (showsStatus()) {
			success &= appendStatus(migrator, report);
		}
		return success;
	}

	private boolean run(Migrator migrator, StringBuilder report) {
		return switch (this.options.command()) {
			case STATUS -> true;
			case MIGRATE -> migrate(migrator, report);
			case UNDO -> undo(migrator, report);
			case VALIDATE -> validate(migrator, report);
			case LINT -> lint(migrator, report);
			case PLAN -> plan(migrator, report);
			case VERIFY -> verify(migrator, report);
		};
	}

	private boolean showsStatus() {
		return switch (this.options.command()) {
			case STATUS, MIGRATE, UNDO, VALIDATE -> true;
			case LINT, PLAN, VERIFY -> false;
		};
	}

	private boolean migrate(Migrator migrator, StringBuilder report) {
		MigrateResult result = this.observer.observe("migrate", migrator::migrate);
		report.append("migrate: applied ").append(executed(result.applied())).append('\n');
		if (result instanceof MigrateResult.Failed failed) {
			report.append("migrate failed: ").append(failed.error().getMessage()).append('\n');
			return false;
		}
		return true;
	}

	private boolean undo(Migrator migrator, StringBuilder report) {
		Version target = this.options.target();
		UndoResult result = this.observer.observe("undo",
				() -> (target != null) ? migrator.undo(target) : migrator.undo());
		report.append("undo: undone ").append(executed(result.undone())).append('\n');
		if (result instanceof UndoResult.Failed failed) {
			report.append("undo failed: ").append(failed.error().getMessage()).append('\n');
			return false;
		}
		return true;
	}

	private boolean validate(Migrator migrator, StringBuilder report) {
		ValidateResult result = this.observer.observe("validate", migrator::validate);
		if (result instanceof ValidateResult.Invalid invalid) {
			report.append("validate failed: ").append(invalid.toException().getMessage()).append('\n');
			return false;
		}
		report.append("validate: every migration is applied and unchanged\n");
		return true;
	}

	// lint.mode says what findings do to migrate; the lint command always fails on an
	// unsuppressed error, so that CI can stop a risky migration before any deploy
	private boolean lint(Migrator migrator, StringBuilder report) {
		List<LintFinding> findings = this.observer.observe("lint", migrator::lint);
		findings.forEach((finding) -> report.append(finding.format()).append('\n'));
		report.append(lintSummary(findings)).append('\n');
		return findings.stream().noneMatch(LintFinding::blocking);
	}

	private static String lintSummary(List<LintFinding> findings) {
		if (findings.isEmpty()) {
			return "lint: no findings in the pending migrations";
		}
		long errors = count(findings, LintFinding::blocking);
		long warnings = count(findings,
				(finding) -> !finding.suppressed() && finding.severity() == LintSeverity.WARNING);
		return "lint: " + findings.size() + " finding(s): " + errors + " error(s), " + warnings + " warning(s), "
				+ count(findings, LintFinding::suppressed) + " suppressed; "
				+ ((errors > 0) ? "failed: fix each error or allow it ('-- migrate:allow <rule-id> <reason>')"
						: "passed: no unsuppressed error");
	}

	private boolean plan(Migrator migrator, StringBuilder report) {
		MigrationPlan plan = this.observer.observe("plan", migrator::plan);
		report.append(plan.format());
		if (plan.migrations().isEmpty()) {
			return true;
		}
		long errors = count(plan.findings(), LintFinding::blocking);
		report.append("plan: ").append(plan.migrations().size()).append(" pending migration(s), ");
		report
			.append((errors > 0) ? errors + " unsuppressed error finding(s): migrate would stop before running any"
					: "no unsuppressed error finding")
			.append('\n');
		return !plan.hasBlockingFindings();
	}

	private boolean verify(Migrator migrator, StringBuilder report) {
		Path reportFile = this.options.verifyReportFile();
		if (reportFile != null && !VerifyReportFile.isAvailable(this.classLoader)) {
			// before verify changes anything: the report would be lost
			report.append("verify failed: migrations.verify.report-file needs Jackson 3 ")
				.append("(tools.jackson.core:jackson-databind) on the class path\n");
			return false;
		}
		VerifyReport result = this.observer.observe("verify",
				() -> new Verifier(migrator, this.options.verifyOptions()).verify());
		report.append(result.toText());
		boolean written = (reportFile == null) || write(result, reportFile, report);
		return result.passed() && written;
	}

	private static boolean write(VerifyReport result, Path file, StringBuilder report) {
		try {
			VerifyReportFile.write(result, file);
			report.append("verify: report written to ").append(file.toAbsolutePath()).append('\n');
			return true;
		}
		catch (IOException ex) {
			report.append("verify failed: could not write migrations.verify.report-file ")
				.append(file.toAbsolutePath())
				.append(": ")
				.append(ex.getMessage())
				.append('\n');
			return false;
		}
	}

	private boolean appendStatus(Migrator migrator, StringBuilder report) {
		try {
			report.append(StatusTable.render(this.observer.observe("status", migrator::status)));
			return true;
		}
		catch (MigrationException ex) {
			// a status nobody can read is no success, not even for the status command
			report.append("status unavailable: ").append(ex.getMessage()).append('\n');
			return false;
		}
	}

	private static long count(List<LintFinding> findings, Predicate<LintFinding> which) {
		return findings.stream().filter(which).count();
	}

	private static String executed(List<MigrationRun> migrations) {
		if (migrations.isEmpty()) {
			return "nothing";
		}
		return migrations.size() + " migration(s): "
				+ migrations.stream()
					.map((migration) -> migration.script() + " (" + migration.duration().toMillis() + " ms)")
					.collect(Collectors.joining(", "));
	}

	private String name() {
		return this.options.command().name().toLowerCase(Locale.ROOT);
	}

	private void print(PrintStream out) {
		out.print(this.output);
		out.flush();
	}

	/**
	 * The exit code of the command: 0 when it succeeded, 1 otherwise (also before it
	 * ran).
	 * @return the exit code
	 */
	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * What the command printed.
	 * @return the printed report, empty before the command ran
	 */
	public String getOutput() {
		return this.output;
	}

	/**
	 * The command this runner runs.
	 * @return the command
	 */
	public Command getCommand() {
		return this.options.command();
	}

	/**
	 * What a {@link MigrationsCommandRunner} runs, and how.
	 *
	 * @param command the command to run
	 * @param target for {@code undo}, the version to return to, or {@code null} to undo
	 * the latest migration; ignored by other commands
	 * @param verifyOptions for {@code verify}: which databases it may run on and which
	 * schemas it compares
	 * @param verifyReportFile for {@code verify}: where to write the report as JSON, or
	 * {@code null} to print it only
	 */
	public record Options(Command command, Version target, VerifyOptions verifyOptions, Path verifyReportFile) {

		/**
		 * Validates the values.
		 * @throws NullPointerException if command or verifyOptions is {@code null}
		 */
		public Options {
			Objects.requireNonNull(command, "command");
			Objects.requireNonNull(verifyOptions, "verifyOptions");
		}

		/**
		 * The options that {@code migrations.*} give.
		 * @param properties the bound properties, with a command
		 * @return the options
		 * @throws IllegalStateException if no command is set
		 */
		public static Options of(MigrationsProperties properties) {
			Command command = properties.getCommand();
			if (command == null) {
				throw new IllegalStateException("migrations.command is not set");
			}
			String reportFile = properties.getVerify().getReportFile();
			return new Options(command, properties.targetVersion(), properties.toVerifyOptions(),
					StringUtils.hasText(reportFile) ? Path.of(reportFile.strip()) : null);
		}

	}

}
