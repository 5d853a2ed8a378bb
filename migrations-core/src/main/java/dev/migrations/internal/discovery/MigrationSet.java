package dev.migrations.internal.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.migrations.JavaMigration;
import dev.migrations.ScriptException;
import dev.migrations.Version;

/**
 * Everything the locations hold, and the Java migrations registered with them: versioned
 * migrations in version order, repeatable ones in description order, callbacks in
 * file-name order, and Java migrations in version order.
 *
 * @param versioned the versioned migrations
 * @param repeatables the repeatable migrations
 * @param callbacks the callbacks
 * @param java the Java migrations
 */
public record MigrationSet(List<MigrationScript> versioned, List<RepeatableScript> repeatables,
		List<CallbackScript> callbacks, List<RegisteredJavaMigration> java) {

	/**
	 * Copies the lists.
	 */
	public MigrationSet {
		versioned = List.copyOf(versioned);
		repeatables = List.copyOf(repeatables);
		callbacks = List.copyOf(callbacks);
		java = List.copyOf(java);
	}

	/**
	 * The files alone, without Java migrations.
	 * @param versioned the versioned migrations
	 * @param repeatables the repeatable migrations
	 * @param callbacks the callbacks
	 */
	public MigrationSet(List<MigrationScript> versioned, List<RepeatableScript> repeatables,
			List<CallbackScript> callbacks) {
		this(versioned, repeatables, callbacks, List.of());
	}

	/**
	 * These files with Java migrations added, each version claimed once.
	 * @param migrations the Java migrations, in any order
	 * @return the set
	 * @throws ScriptException naming both claimants if two migrations, files or Java,
	 * claim one version
	 */
	public MigrationSet withJava(List<? extends JavaMigration> migrations) {
		Map<Version, String> claimed = new TreeMap<>();
		this.versioned.forEach((script) -> claimed.put(script.version(), script.script()));
		List<RegisteredJavaMigration> java = new ArrayList<>();
		for (JavaMigration migration : migrations) {
			RegisteredJavaMigration registered = RegisteredJavaMigration.of(migration);
			String other = claimed.putIfAbsent(registered.version(), "Java migration " + registered.script());
			if (other != null) {
				throw new ScriptException(ScriptException.Kind.DUPLICATE, registered.script(), 0, 0,
						"duplicate version " + registered.version() + ": claimed by " + other + " and Java migration "
								+ registered.script() + "; give one of them a new version");
			}
			java.add(registered);
		}
		java.sort(Comparator.comparing(RegisteredJavaMigration::version));
		return new MigrationSet(this.versioned, this.repeatables, this.callbacks, java);
	}

	/**
	 * Splits every file's statements now (each file once), so that one that cannot run
	 * fails before anything is created.
	 * @return this set
	 * @throws ScriptException for the first file whose statements do not split
	 */
	public MigrationSet parsed() {
		this.versioned.forEach(MigrationScript::parse);
		this.repeatables.forEach(RepeatableScript::up);
		this.callbacks.forEach(CallbackScript::statements);
		return this;
	}

	/**
	 * The Java migration of a version.
	 * @param version the version
	 * @return the migration, or empty when no Java migration claims it
	 */
	public Optional<RegisteredJavaMigration> java(Version version) {
		return this.java.stream().filter((migration) -> migration.version().equals(version)).findFirst();
	}

	/**
	 * The callbacks of one event, in file-name order.
	 * @param event the event, such as {@code beforeMigrate}
	 * @return those callbacks
	 */
	public List<CallbackScript> callbacks(String event) {
		return this.callbacks.stream().filter((callback) -> callback.event().equals(event)).toList();
	}

}
