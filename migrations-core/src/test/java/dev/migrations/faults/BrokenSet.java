package dev.migrations.faults;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One broken migration set of the corpus: its files (a path may name a sub-folder), and
 * the error it must give: the message's location prefix ({@code file:line:col: }, or
 * {@code file: } for a whole file) and key words. {@code sqlError} sets parse, and fail
 * when PostgreSQL refuses a statement.
 *
 * @param name what is broken
 * @param files the files by path, in writing order
 * @param prefix how the message starts
 * @param keywords what else it says
 * @param sqlError whether PostgreSQL, not the parser, refuses it
 */
record BrokenSet(String name, Map<String, byte[]> files, String prefix, List<String> keywords, boolean sqlError) {

	/**
	 * A migration that is fine, to show that nothing runs when another file is broken.
	 */
	static final String GOOD = "-- migrate:up\nCREATE TABLE users (id bigint PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n";

	@Override
	public String toString() {
		return this.name;
	}

	static Builder named(String name) {
		return new Builder(name);
	}

	/**
	 * Builds a set. Not thread-safe.
	 */
	static final class Builder {

		private final String name;

		private final Map<String, byte[]> files = new LinkedHashMap<>();

		private Builder(String name) {
			this.name = name;
		}

		Builder file(String path, String content) {
			return bytes(path, content.getBytes(StandardCharsets.UTF_8));
		}

		Builder bytes(String path, byte[] content) {
			this.files.put(path, content);
			return this;
		}

		/** A migration with both sections. */
		Builder migration(String path, String up, String down) {
			return file(path, "-- migrate:up\n" + up + "\n-- migrate:down\n" + down + "\n");
		}

		/** The good migration, version 1. */
		Builder good() {
			return file("1_create_users.sql", GOOD);
		}

		BrokenSet fails(String prefix, String... keywords) {
			return new BrokenSet(this.name, this.files, prefix, List.of(keywords), false);
		}

		BrokenSet failsInPostgres(String prefix, String... keywords) {
			return new BrokenSet(this.name, this.files, prefix, List.of(keywords), true);
		}

	}

}
