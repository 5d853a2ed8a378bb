package dev.migrations.internal.discovery;

import java.util.List;

/**
 * Everything the locations hold: versioned migrations in version order, repeatable ones
 * in description order, and callbacks in file-name order.
 *
 * @param versioned the versioned migrations
 * @param repeatables the repeatable migrations
 * @param callbacks the callbacks
 */
public record ScriptSet(List<MigrationScript> versioned, List<RepeatableScript> repeatables,
		List<CallbackScript> callbacks) {

	/**
	 * Copies the lists.
	 */
	public ScriptSet {
		versioned = List.copyOf(versioned);
		repeatables = List.copyOf(repeatables);
		callbacks = List.copyOf(callbacks);
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
