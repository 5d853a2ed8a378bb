package dev.migrations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Every migration known from the files or the history, in version order, and the current
 * version.
 *
 * @param migrations every migration, in version order
 * @param current the newest applied version, or {@code null} when nothing is applied
 * @param repeatables the repeatable migrations ({@code R__…sql}), in description order
 */
public record MigrationStatus(List<MigrationInfo> migrations, @Nullable Version current,
		List<RepeatableInfo> repeatables) {

	/**
	 * A status without repeatable migrations.
	 * @param migrations every migration, in version order
	 * @param current the newest applied version, or {@code null}
	 */
	public MigrationStatus(List<MigrationInfo> migrations, @Nullable Version current) {
		this(migrations, current, List.of());
	}

	/**
	 * Copies the list.
	 * @throws NullPointerException if migrations is {@code null}
	 */
	public MigrationStatus {
		migrations = List.copyOf(Objects.requireNonNull(migrations, "migrations"));
		repeatables = List.copyOf(Objects.requireNonNull(repeatables, "repeatables"));
	}

	/**
	 * The migrations in a given state.
	 * @param state the state
	 * @return the migrations in that state, in version order
	 */
	public List<MigrationInfo> inState(MigrationState state) {
		return this.migrations.stream().filter((migration) -> migration.state() == state).toList();
	}

	/**
	 * How many migrations are in a given state.
	 * @param state the state
	 * @return the count
	 */
	public long count(MigrationState state) {
		return this.migrations.stream().filter((migration) -> migration.state() == state).count();
	}

	/**
	 * The migration with a given version.
	 * @param version the version
	 * @return the migration, if known
	 */
	public Optional<MigrationInfo> find(Version version) {
		return this.migrations.stream().filter((migration) -> migration.version().equals(version)).findFirst();
	}

	/**
	 * The current version, if any migration is applied.
	 * @return the newest applied version
	 */
	public Optional<Version> currentVersion() {
		return Optional.ofNullable(this.current);
	}

}
