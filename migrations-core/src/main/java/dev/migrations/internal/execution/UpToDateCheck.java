package dev.migrations.internal.execution;

import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import dev.migrations.MigrationException;
import dev.migrations.MigrationStatus;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.RepeatableInfo;
import dev.migrations.Version;
import dev.migrations.internal.discovery.MigrationSet;
import dev.migrations.internal.history.History;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, without the migration lock, that a migrate has nothing to do: on every start
 * of an application whose schema is current this is all a migrate does — one connection,
 * one read of the history — and the lock's two connections are never opened.
 * <p>
 * It answers only "up to date": when the history table exists, every migration up to the
 * target is applied, none is partial, nothing stops a migrate (a changed, missing or
 * out-of-order one), no repeatable migration changed, and no callback is there to run.
 * Any other finding, or any error, sends the migrate down the locked path, which reads
 * the history again under the lock before it decides anything. Reading without the lock
 * cannot mislead this answer: another migrator's work shows only once committed, so a
 * migration it is running still reads as pending here, and the migrate waits for the
 * lock. The files are read on a second thread meanwhile ({@link ReadAhead}): on a fresh
 * JVM, opening the first connection and reading the files are the two largest costs, and
 * neither needs the other. Thread-safe.
 */
final class UpToDateCheck {

	private static final Logger logger = LoggerFactory.getLogger(UpToDateCheck.class);

	private final DataSource dataSource;

	private final MigrationsConfiguration configuration;

	UpToDateCheck(DataSource dataSource, MigrationsConfiguration configuration) {
		this.dataSource = dataSource;
		this.configuration = configuration;
	}

	/**
	 * The status, when it shows that a migrate to a target has nothing to do. The history
	 * is read while the files are still being read; a failure to read the files is thrown
	 * whatever the history read found, as when the files were read first.
	 * @param files the files and Java migrations, being read
	 * @param target the last version to apply, or {@code null} for all
	 * @return the status read without the lock, or empty when the locked path must decide
	 * @throws MigrationException what reading the files threw
	 */
	Optional<MigrationStatus> upToDate(ReadAhead<MigrationSet> files, Version target) {
		Optional<HistoryRead> read = files.alongside(this::readHistory);
		MigrationSet migrations = files.join();
		if (read.isEmpty() || !migrations.callbacks().isEmpty()) {
			return Optional.empty();
		}
		try {
			MigrationStatus status = StatusCalculator.status(migrations, read.get().history(),
					read.get().serverVersion(), this.configuration.contractEnabled());
			return nothingToDo(status, target) ? Optional.of(status) : Optional.empty();
		}
		catch (MigrationException ex) {
			return decideUnderTheLock(ex);
		}
	}

	private Optional<HistoryRead> readHistory() {
		try (Session session = Session.open(this.dataSource, this.configuration)) {
			return Optional
				.of(new HistoryRead(session.history().readExisting(session.connection()), session.serverVersion()));
		}
		catch (SQLException | MigrationException ex) {
			return decideUnderTheLock(ex);
		}
	}

	private static <T> Optional<T> decideUnderTheLock(Exception ex) {
		// no history table yet, or anything else: the locked path creates or reports it
		logger.debug("Deciding under the migration lock: {}", ex.getMessage());
		return Optional.empty();
	}

	private boolean nothingToDo(MigrationStatus status, Version target) {
		boolean outOfOrder = this.configuration.outOfOrder();
		return PendingMigrations.of(status, target, outOfOrder).isEmpty()
				&& StatusCalculator.problemsForMigrate(status, outOfOrder, this.configuration.missingFilePolicy())
					.isEmpty()
				&& (target != null || status.repeatables()
					.stream()
					.noneMatch((repeatable) -> repeatable.state() == RepeatableInfo.State.PENDING));
	}

	private record HistoryRead(History history, int serverVersion) {
	}

}
