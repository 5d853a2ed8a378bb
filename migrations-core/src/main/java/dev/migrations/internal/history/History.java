package dev.migrations.internal.history;

import java.util.List;

/**
 * What the history table holds: versioned migrations in version order, repeatable ones in
 * description order.
 *
 * @param rows the versioned migrations
 * @param repeatables the repeatable migrations
 */
public record History(List<HistoryRow> rows, List<RepeatableRow> repeatables) {

	/**
	 * Copies the lists.
	 */
	public History {
		rows = List.copyOf(rows);
		repeatables = List.copyOf(repeatables);
	}

}
