package dev.migrations.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

import dev.migrations.MigrateResult;
import dev.migrations.MigrationListener;
import dev.migrations.MigrationsConfiguration;
import dev.migrations.Migrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A migrator in a process of its own, as an application replica would run it:
 * {@code <jdbc-url> <user> <password> <location> [<ready-file> <go-file>]}. With the two
 * files it creates the first when its JVM is up and waits for the second before
 * migrating, so that several processes can be started at once. Prints one line,
 * {@code RESULT <outcome> <versions applied>} (and, once it has the lock,
 * {@code LOCK_WAIT <milliseconds>}), and exits 0 when the migrate succeeded (applied or
 * up to date), 1 when it failed.
 */
public final class MigratorMain {

	static final String RESULT = "RESULT ";

	static final String LOCK_WAIT = "LOCK_WAIT ";

	private MigratorMain() {
	}

	public static void main(String[] args) throws Exception {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(args[0]);
		dataSource.setUser(args[1]);
		dataSource.setPassword(args[2]);
		dataSource.setApplicationName("faults-migrator-" + ProcessHandle.current().pid());
		MigrationListener listener = new MigrationListener() {
			@Override
			public void lockAcquired(Duration waited) {
				System.out.println(LOCK_WAIT + waited.toMillis());
			}
		};
		Migrator migrator = Migrator.builder(dataSource)
			.configuration(MigrationsConfiguration.builder().locations("filesystem:" + args[3]).build())
			.listener(listener)
			.build();
		if (args.length == 6) {
			Files.createFile(Path.of(args[4]));
			while (!Files.exists(Path.of(args[5]))) {
				Thread.sleep(2);
			}
		}
		MigrateResult result = migrator.migrate();
		String versions = result.applied()
			.stream()
			.map((migration) -> migration.version().text())
			.collect(Collectors.joining(","));
		System.out.println(RESULT + result.getClass().getSimpleName() + " " + versions);
		if (result instanceof MigrateResult.Failed failed) {
			failed.error().printStackTrace();
			System.exit(1);
		}
	}

}
