package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * One set of migrations, written once in each tool's own format: ours
 * ({@code <version>_<description>.sql} with {@code -- migrate:up}/{@code down} sections),
 * Flyway's ({@code V<i>__<description>.sql}), Liquibase's (a {@code changelog.xml} that
 * {@code includeAll}s one formatted-SQL file per change set) and, where there is a psql
 * floor, plain files with a psql script that runs each in its own transaction.
 *
 * @param ours our folder
 * @param flyway Flyway's folder
 * @param liquibase Liquibase's changelog
 * @param psql the psql script, or {@code null}
 * @param count how many migrations
 */
record Workload(Path ours, Path flyway, Path liquibase, Path psql, int count) {

	/**
	 * The tiny migrations: a table and an index each.
	 */
	static Workload tables(Path root, int count) throws IOException {
		return write(root, count, (i) -> "CREATE TABLE t_" + i + " (id bigserial primary key, name text);\n"
				+ "CREATE INDEX ON t_" + i + "(name);\n", (i) -> "DROP TABLE t_" + i + ";", true);
	}

	/**
	 * Migrations that change nothing, to fill a history quickly.
	 */
	static Workload noOps(Path root, int count) throws IOException {
		return write(root, count, (i) -> "SELECT " + i + ";\n", (i) -> "SELECT " + i + ";", false);
	}

	private static Workload write(Path root, int count, IntFunction<String> up, IntFunction<String> down,
			boolean withPsql) throws IOException {
		Path ours = Files.createDirectories(root.resolve("ours"));
		Path flyway = Files.createDirectories(root.resolve("flyway"));
		Path changes = Files.createDirectories(root.resolve("liquibase/changes"));
		Path plain = Files.createDirectories(root.resolve("psql"));
		String width = "%0" + String.valueOf(count).length() + "d";
		StringBuilder psql = new StringBuilder("\\set ON_ERROR_STOP on\n");
		for (int i = 1; i <= count; i++) {
			String number = String.format(width, i);
			Files.writeString(ours.resolve(number + "_m.sql"),
					"-- migrate:up\n" + up.apply(i) + "\n-- migrate:down\n" + down.apply(i) + "\n");
			Files.writeString(flyway.resolve("V" + i + "__m.sql"), up.apply(i));
			Files.writeString(changes.resolve(number + "_m.sql"), "--liquibase formatted sql\n\n--changeset bench:m" + i
					+ "\n" + up.apply(i) + "--rollback " + down.apply(i) + "\n");
			if (withPsql) {
				Path file = Files.writeString(plain.resolve(number + ".sql"), up.apply(i));
				psql.append("BEGIN;\n\\i ").append(file).append("\nCOMMIT;\n");
			}
		}
		Path changelog = Files.writeString(root.resolve("liquibase/changelog.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
						xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
						xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
							http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd">
					<includeAll path="changes/" relativeToChangelogFile="true"/>
				</databaseChangeLog>
				""");
		Path script = withPsql ? Files.writeString(root.resolve("apply.psql"), psql) : null;
		return new Workload(ours, flyway, changelog, script, count);
	}

}
