package dev.migrations.internal.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import dev.migrations.MigrationException;
import dev.migrations.internal.postgres.SingleValue;
import dev.migrations.lint.LockLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the relation locks other sessions of the database hold while a migration runs,
 * and keeps the strongest mode seen per relation.
 * <p>
 * Sampling {@code pg_locks} alone misses short transactions, so the sampler also makes
 * the migration wait for it, briefly, at the two points where it holds its locks:
 * <ul>
 * <li>The gate: a connection holds a {@code SHARE} lock on the history table from before
 * the migration starts. A transactional migration records itself in the history inside
 * its own transaction, so it waits there holding every lock it took.</li>
 * <li>The snapshot: the watching connection samples inside a {@code REPEATABLE READ}
 * transaction whose snapshot is older than the migration. {@code CREATE INDEX
 * CONCURRENTLY} and {@code REINDEX CONCURRENTLY}, which run in autocommit, wait for older
 * snapshots in their last phase, holding their table lock.</li>
 * </ul>
 * When the sampler sees the migration waiting for it, it notes its locks (and so learns
 * which session is the migrator's) and lets it go at once: the wait is a sample or two,
 * well under any {@code lock_timeout}. Other statements run in autocommit are seen by
 * sampling alone. Without a history table (or the right to lock it) there is no gate, and
 * until a wait tells the migrator's session, every other session's locks count.
 * <p>
 * Used by one migration at a time: {@link #start} it, run the migration, {@link #stop}.
 */
public final class LockSampler implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LockSampler.class);

	private static final String SAMPLE = """
			SELECT l.pid, l.locktype = 'relation', l.relation, l.mode, l.granted,
			       l.locktype = 'relation' AND l.relation = ?::oid,
			       l.locktype = 'virtualxid' AND l.virtualxid = (SELECT m.virtualxid FROM pg_locks m
			           WHERE m.pid = pg_backend_pid() AND m.locktype = 'virtualxid' LIMIT 1)
			FROM pg_locks l
			WHERE l.pid <> pg_backend_pid()
			  AND (l.locktype = 'virtualxid' AND NOT l.granted
			       OR l.locktype = 'relation'
			          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))""";

	private static final long DENSE_NANOS = 1_000_000_000;

	private static final long DENSE_PAUSE_NANOS = 1_000_000;

	private static final long PAUSE_NANOS = 5_000_000;

	private final Connection watch;

	private final long gateOid;

	private final Map<Integer, Map<Long, LockLevel>> seen = new HashMap<>();

	private final Thread thread;

	private volatile boolean running = true;

	private Connection gate;

	private int migratorPid;

	private SQLException failure;

	private LockSampler(Connection watch, long gateOid, Connection gate) {
		this.watch = watch;
		this.gateOid = gateOid;
		this.gate = gate;
		this.thread = new Thread(this::run, "migrations-verify-locks");
		this.thread.setDaemon(true);
	}

	/**
	 * Opens the sampler's connections, takes its snapshot, closes the gate and starts
	 * sampling.
	 * @param dataSource where to connect
	 * @param history the quoted, qualified history table
	 * @return the running sampler
	 * @throws MigrationException if no connection can be opened
	 */
	public static LockSampler start(DataSource dataSource, String history) {
		Connection watch = null;
		try {
			watch = dataSource.getConnection();
			watch.setAutoCommit(false);
			watch.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			long gateOid = oidOf(watch, history);
			LockSampler sampler = new LockSampler(watch, gateOid, (gateOid != 0) ? gate(dataSource, history) : null);
			sampler.thread.start();
			return sampler;
		}
		catch (SQLException ex) {
			end(watch);
			throw new MigrationException("Could not open a connection to watch locks: " + ex.getMessage(), ex);
		}
	}

	private static long oidOf(Connection connection, String table) throws SQLException {
		Long oid = SingleValue.query(connection, Long.class, "SELECT to_regclass(?)::oid", table);
		return (oid != null) ? oid : 0;
	}

	private static Connection gate(DataSource dataSource, String history) throws SQLException {
		Connection gate = dataSource.getConnection();
		try (Statement statement = gate.createStatement()) {
			gate.setAutoCommit(false);
			statement.execute("LOCK TABLE " + history + " IN SHARE MODE");
			return gate;
		}
		catch (SQLException ex) {
			logger.debug("No lock gate on {}: {}", history, ex.getMessage());
			end(gate);
			return null;
		}
	}

	private void run() {
		long started = System.nanoTime();
		try (PreparedStatement statement = this.watch.prepareStatement(SAMPLE)) {
			statement.setLong(1, this.gateOid);
			while (this.running) {
				sample(statement);
				// densely at first, where short migrations are; later only long
				// statements can still be running
				LockSupport.parkNanos((System.nanoTime() - started < DENSE_NANOS) ? DENSE_PAUSE_NANOS : PAUSE_NANOS);
			}
			sample(statement);
		}
		catch (SQLException ex) {
			this.failure = ex;
		}
	}

	private void sample(PreparedStatement statement) throws SQLException {
		int atGate = 0;
		int onSnapshot = 0;
		try (ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				int pid = rows.getInt(1);
				if (rows.getBoolean(2) && rows.getBoolean(5)) {
					this.seen.computeIfAbsent(pid, (key) -> new HashMap<>())
						.merge(rows.getLong(3), level(rows.getString(4)), LockLevel::max);
				}
				else if (rows.getBoolean(6) && this.gate != null) {
					atGate = pid;
				}
				else if (rows.getBoolean(7)) {
					onSnapshot = pid;
				}
			}
		}
		release(atGate, onSnapshot);
	}

	private void release(int atGate, int onSnapshot) throws SQLException {
		if (atGate != 0) {
			this.migratorPid = atGate;
			openGate();
		}
		if (onSnapshot != 0) {
			this.migratorPid = (this.migratorPid != 0) ? this.migratorPid : onSnapshot;
			// the next sample starts a new transaction, with a snapshot newer than theirs
			this.watch.commit();
		}
	}

	private void openGate() throws SQLException {
		if (this.gate != null) {
			Connection open = this.gate;
			this.gate = null;
			open.commit();
			end(open);
		}
	}

	/**
	 * Stops sampling, and lets the migration go if it never reached a waiting point.
	 * @return the strongest mode seen per relation oid: of the migrator's session when a
	 * wait told which it is, else of every other session
	 * @throws MigrationException if sampling failed
	 */
	public Map<Long, LockLevel> stop() {
		this.running = false;
		try {
			this.thread.join();
			openGate();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while watching locks", ex);
		}
		catch (SQLException ex) {
			this.failure = ex;
		}
		if (this.failure != null) {
			throw new MigrationException("Could not watch locks: " + this.failure.getMessage(), this.failure);
		}
		Map<Long, LockLevel> locks = new HashMap<>();
		this.seen.forEach((pid, relations) -> {
			if (this.migratorPid == 0 || pid == this.migratorPid) {
				relations.forEach((oid, level) -> locks.merge(oid, level, LockLevel::max));
			}
		});
		return locks;
	}

	/**
	 * The lock level of a {@code pg_locks} mode, such as
	 * {@code ShareUpdateExclusiveLock}.
	 * @param mode the mode
	 * @return the level
	 * @throws IllegalArgumentException for a mode that is not a table lock mode
	 */
	static LockLevel level(String mode) {
		String name = mode.endsWith("Lock") ? mode.substring(0, mode.length() - 4) : mode;
		for (LockLevel level : LockLevel.values()) {
			if (level.sqlName().replace(" ", "").equalsIgnoreCase(name)) {
				return level;
			}
		}
		throw new IllegalArgumentException("Not a table lock mode: " + mode);
	}

	/**
	 * Stops sampling, if not stopped yet, and closes the connections, rolling back what
	 * they hold.
	 */
	@Override
	public void close() {
		if (this.running) {
			this.running = false;
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		end(this.gate);
		this.gate = null;
		end(this.watch);
	}

	private static void end(Connection connection) {
		if (connection != null) {
			try {
				if (!connection.getAutoCommit()) {
					connection.rollback();
					connection.setAutoCommit(true);
				}
				connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
				connection.close();
			}
			catch (SQLException ex) {
				logger.debug("Could not close a connection of the lock sampler", ex);
			}
		}
	}

}
