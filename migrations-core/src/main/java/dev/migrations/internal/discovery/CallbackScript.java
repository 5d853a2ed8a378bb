package dev.migrations.internal.discovery;

import java.util.Objects;

/**
 * A SQL callback, named after its event as Flyway names them ({@code beforeMigrate.sql},
 * {@code afterMigrate__refresh_views.sql}): run at that event, in file-name order, never
 * recorded as a migration. Its statements are split on first use.
 * <p>
 * Thread-safe.
 */
public final class CallbackScript {

	private final String event;

	private final String script;

	private final SectionSource statements;

	CallbackScript(String event, String script, SectionSource statements) {
		this.event = Objects.requireNonNull(event, "event");
		this.script = Objects.requireNonNull(script, "script");
		this.statements = Objects.requireNonNull(statements, "statements");
	}

	/**
	 * The event.
	 * @return the event, such as {@code afterMigrate}
	 */
	public String event() {
		return this.event;
	}

	/**
	 * The file name.
	 * @return the name
	 */
	public String script() {
		return this.script;
	}

	/**
	 * What to run, split on first call.
	 * @return the section
	 * @throws dev.migrations.ScriptException if it does not split
	 */
	public Section statements() {
		return this.statements.section();
	}

}
