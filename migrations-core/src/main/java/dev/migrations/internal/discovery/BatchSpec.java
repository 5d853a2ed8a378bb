package dev.migrations.internal.discovery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.migrations.ScriptException;

/**
 * A batched statement's walk, from
 * {@code -- migrate:batch table=orders key=id size=10000 pause=100ms}: the statement
 * below the directive runs once per range of {@code size} keys of {@code table}, in key
 * order, each range in a transaction of its own, with {@code :batch_start} and
 * {@code :batch_end} bound to the range's first and last key.
 *
 * @param table the table whose keys are walked, as written (may be schema-qualified)
 * @param key the integer key column
 * @param size how many keys a batch covers (default 10,000)
 * @param pause the pause between batches (default 100 ms)
 */
public record BatchSpec(String table, String key, int size, Duration pause) {

	/** The placeholder of a batch's first key. */
	public static final String START = "batch_start";

	/** The placeholder of a batch's last key. */
	public static final String END = "batch_end";

	/**
	 * Validates the values.
	 * @throws IllegalArgumentException if size is not positive or pause is negative
	 */
	public BatchSpec {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(pause, "pause");
		if (size < 1) {
			throw new IllegalArgumentException("size must be positive: " + size);
		}
		if (pause.isNegative()) {
			throw new IllegalArgumentException("pause must not be negative: " + pause);
		}
	}

	/**
	 * Parses a directive's argument.
	 * @param script the file name, for errors
	 * @param directive the directive
	 * @return the spec
	 * @throws ScriptException if a setting is missing, unknown or malformed
	 */
	static BatchSpec parse(String script, Directive directive) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String pair : directive.argument().trim().split("\\s+")) {
			int equals = pair.indexOf('=');
			if (equals <= 0 || equals == pair.length() - 1) {
				throw error(script, directive, "expected key=value settings, found '" + pair + "'");
			}
			settings.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		for (String name : settings.keySet()) {
			if (!name.equals("table") && !name.equals("key") && !name.equals("size") && !name.equals("pause")) {
				throw error(script, directive, "unknown setting '" + name + "'");
			}
		}
		if (!settings.containsKey("table")) {
			throw error(script, directive, "table=<table> is required");
		}
		try {
			return new BatchSpec(settings.get("table"), settings.getOrDefault("key", "id"),
					Integer.parseInt(settings.getOrDefault("size", "10000")),
					duration(settings.getOrDefault("pause", "100ms")));
		}
		catch (IllegalArgumentException ex) {
			throw error(script, directive, ex.getMessage());
		}
	}

	private static Duration duration(String text) {
		if (text.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
		}
		if (text.endsWith("s")) {
			return Duration.ofMillis(Math.round(Double.parseDouble(text.substring(0, text.length() - 1)) * 1000));
		}
		throw new IllegalArgumentException("pause must end in ms or s, e.g. pause=100ms: " + text);
	}

	private static ScriptException error(String script, Directive directive, String problem) {
		return new ScriptException(ScriptException.Kind.DIRECTIVE, script, directive.line(), 1, "-- migrate:batch: "
				+ problem + " (e.g. '-- migrate:batch table=orders key=id size=10000 pause=100ms')");
	}

}
