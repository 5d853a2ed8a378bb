package dev.migrations.autoconfigure;

import java.util.List;
import java.util.stream.Stream;

import dev.migrations.MigrationListener;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The listener beans, as one listener for a given migrator: plain
 * {@link MigrationListener} beans as they are, {@link PerMigratorListener} beans asked
 * for that migrator's own.
 *
 * @param listeners the listener beans
 * @param perMigrator the per-migrator listener beans
 */
record MigratorListeners(ObjectProvider<MigrationListener> listeners, ObjectProvider<PerMigratorListener> perMigrator) {

	MigrationListener of(String migrator, @Nullable String tenant) {
		List<MigrationListener> all = Stream
			.concat(this.listeners.orderedStream().filter((listener) -> !(listener instanceof PerMigratorListener)),
					this.perMigrator.orderedStream().map((listener) -> listener.forMigrator(migrator, tenant)))
			.toList();
		return MigrationListener.composite(all);
	}

}
