package dev.migrations.autoconfigure;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.migrations.ExecutedMigration;
import dev.migrations.MigrateResult;
import dev.migrations.MigrationException;
import dev.migrations.Migrator;
import dev.migrations.UndoResult;
import dev.migrations.ValidateResult;
import dev.migrations.Version;
import dev.migrations.autoconfigure.MigrationsProperties.Command;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Runs a one-shot {@link Command} ({@code migrations.command}) while the context
 * refreshes, before any bean that uses the schema, and prints its outcome and the status
 * table to standard output. As an {@link ExitCodeGenerator} it gives 0 when the command
 * succeeded and 1 otherwise; in a real application {@link CommandExitListener} then ends
 * the JVM with that code. Running the command here rather than when the application is
 * ready keeps JPA and friends from looking at a schema the command is about to change.
 */
public class MigrationsCommandRunner implements InitializingBean, ExitCodeGenerator {

	private final Migrator migrator;

	private final Command command;

	private final Version target;

	private final MigrationsCommandObserver observer;

	private volatile int exitCode = 1;

	private volatile String output = "";

	/**
	 * Creates a runner.
	 * @param migrator the migrator
	 * @param command the command to run
	 * @param target for {@code undo}, the version to return to, or {@code null} to undo
	 * the latest migration; ignored by other commands (migrate's target is in the
	 * migrator's configuration)
	 * @param observer wraps the run, for tracing
	 */
	public MigrationsCommandRunner(Migrator migrator, Command command, Version target,
			MigrationsCommandObserver observer) {
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.command = Objects.requireNonNull(command, "command");
		this.target = target;
		this.observer = Objects.requireNonNull(observer, "observer");
	}

	/**
	 * Runs the command and prints its outcome. A {@link MigrationException} is printed,
	 * not thrown, and gives exit code 1; other exceptions (no database, say) fail the
	 * start-up.
	 */
	@Override
	public void afterPropertiesSet() {
		StringBuilder report = new StringBuilder();
		boolean success;
		try {
			success = run(report);
		}
		catch (MigrationException ex) {
			report.append(name()).append(" failed: ").append(ex.getMessage()).append('\n');
			success = false;
		}
		report.append(statusTable());
		this.output = report.toString();
		this.exitCode = success ? 0 : 1;
		print(System.out);
	}

	private boolean run(StringBuilder report) {
		return switch (this.command) {
			case STATUS -> true;
			case MIGRATE -> migrate(report);
			case UNDO -> undo(report);
			case VALIDATE -> validate(report);
		};
	}

	private boolean migrate(StringBuilder report) {
		MigrateResult result = this.observer.observe("migrate", this.migrator::migrate);
		report.append("migrate: applied ").append(executed(result.applied())).append('\n');
		if (result instanceof MigrateResult.Failed failed) {
			report.append("migrate failed: ").append(failed.error().getMessage()).append('\n');
			return false;
		}
		return true;
	}

	private boolean undo(StringBuilder report) {
		UndoResult result = this.observer.observe("undo",
				() -> (this.target != null) ? this.migrator.undo(this.target) : this.migrator.undo());
		report.append("undo: undone ").append(executed(result.undone())).append('\n');
		if (result instanceof UndoResult.Failed failed) {
			report.append("undo failed: ").append(failed.error().getMessage()).append('\n');
			return false;
		}
		return true;
	}

	private boolean validate(StringBuilder report) {
		ValidateResult result = this.observer.observe("validate", this.migrator::validate);
		if (result instanceof ValidateResult.Invalid invalid) {
			report.append("validate failed: ").append(invalid.toException().getMessage()).append('\n');
			return false;
		}
		report.append("validate: every migration is applied and unchanged\n");
		return true;
	}

	private String statusTable() {
		try {
			return StatusTable.render(this.observer.observe("status", this.migrator::status));
		}
		catch (MigrationException ex) {
			return "status unavailable: " + ex.getMessage() + "\n";
		}
	}

	private static String executed(List<ExecutedMigration> migrations) {
		if (migrations.isEmpty()) {
			return "nothing";
		}
		return migrations.size() + " migration(s): "
				+ migrations.stream()
					.map((migration) -> migration.script() + " (" + migration.duration().toMillis() + " ms)")
					.collect(Collectors.joining(", "));
	}

	private String name() {
		return this.command.name().toLowerCase(Locale.ROOT);
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
		return this.command;
	}

}
