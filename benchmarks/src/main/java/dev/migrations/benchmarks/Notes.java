package dev.migrations.benchmarks;

/**
 * How the figures of {@code results.md} are measured.
 */
final class Notes {

	static final String TEXT = """
			## How it is measured

			- **wall**: from process start to exit, JVM start-up included: what an application's boot or a CLI
			  call pays. **in main**: the time `main` itself reported, from its first line to the tool's
			  answer (start-up and shutdown excluded); psql has none.
			- **Floors**: (1) a JVM with pgjdbc that opens one connection and runs `SELECT 1`; (2) one psql
			  session running `BEGIN; \\i file; COMMIT;` for each of the same files (one transaction per file,
			  like every tool here).
			- **Peak heap**: the JVM's own GC log (`-Xlog:gc,gc+heap+exit`): the largest heap in use before a
			  collection, or at exit when larger, garbage included, with the JVM's default heap sizing.
			  **Peak RSS**: `VmHWM` of `/proc/self/status`, read by the tool's main just before it exits.
			- **Files**: each tool reads its own format: ours `<version>_m.sql` with `-- migrate:up` and
			  `-- migrate:down`; Flyway `V<i>__m.sql`; Liquibase a `changelog.xml` whose `includeAll` takes one
			  formatted-SQL file per change set (with a `--rollback`). (3) uses migrations that change nothing
			  (`SELECT i;`), applied once by each tool before timing.
			- **Tools' calls**: ours `Migrator.migrate()` / `status()` / `validate()`; Flyway `migrate()`,
			  `info().all()`, `validateWithResult()`; Liquibase `update`, `listUnrunChangeSets` (its
			  `status`), `validate`. Defaults everywhere; logs at each tool's default level, to a file.
			  Liquibase runs with `-Dliquibase.analytics.enabled=false`: it would otherwise wait for a network
			  this machine does not have.
			- **Server**: one embedded PostgreSQL (zonky binaries) with the durable defaults (`fsync`,
			  `synchronous_commit` on); a `CHECKPOINT` before every timed apply run, a fresh database for each.
			""";

	private Notes() {
	}

}
