package dev.migrations.verify;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How {@link Verifier verify} runs: which databases it may touch and which schemas it
 * compares. Immutable; start from {@link #defaults()}.
 *
 * @param allow whether to verify whatever the database's name
 * ({@code migrations.verify.allow}, default {@code false})
 * @param databasePattern the regular expression a database's whole name must match for
 * verify to run there without {@code allow} ({@code migrations.verify.database-pattern},
 * default {@link #DEFAULT_DATABASE_PATTERN})
 * @param schemas the schemas to compare before the up and after the down, as stored in
 * the catalog; empty (the default) for the connection's current schema
 * ({@code migrations.verify.schemas})
 */
public record VerifyOptions(boolean allow, String databasePattern, List<String> schemas) {

	/**
	 * The default database pattern: a name with a word (between {@code _}, {@code -} or
	 * {@code .}) such as {@code clone}, {@code copy}, {@code staging}, {@code test},
	 * {@code verify} or {@code ci}, perhaps followed by digits, in any case:
	 * {@code orders_clone}, {@code staging-2}, {@code test_42}, {@code ci}, but neither
	 * {@code orders} nor {@code pricing}.
	 */
	public static final String DEFAULT_DATABASE_PATTERN = "(?i)(?:.*[_.-])?(?:clone|copy|staging|test|tests|verify|ci)"
			+ "\\d*(?:[_.-].*)?";

	/**
	 * Validates and copies the values.
	 * @throws NullPointerException if the pattern or schemas is null
	 * @throws IllegalArgumentException if the pattern is not a regular expression, or a
	 * schema is blank
	 */
	public VerifyOptions {
		Objects.requireNonNull(databasePattern, "databasePattern");
		try {
			Pattern.compile(databasePattern);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException(
					"The databasePattern setting is not a regular expression: " + ex.getMessage(), ex);
		}
		schemas = List.copyOf(schemas);
		if (schemas.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("The schemas setting must not name a blank schema: " + schemas);
		}
	}

	/**
	 * The defaults: not allowed everywhere, the default pattern, the current schema.
	 * @return the defaults
	 */
	public static VerifyOptions defaults() {
		return new VerifyOptions(false, DEFAULT_DATABASE_PATTERN, List.of());
	}

	/**
	 * These options with another allow flag.
	 * @param allow whether to verify whatever the database's name
	 * @return the new options
	 */
	public VerifyOptions withAllow(boolean allow) {
		return new VerifyOptions(allow, this.databasePattern, this.schemas);
	}

	/**
	 * These options with another database pattern.
	 * @param databasePattern the regular expression a database's whole name must match
	 * @return the new options
	 * @throws IllegalArgumentException if the pattern is not a regular expression
	 */
	public VerifyOptions withDatabasePattern(String databasePattern) {
		return new VerifyOptions(this.allow, databasePattern, this.schemas);
	}

	/**
	 * These options with other schemas.
	 * @param schemas the schemas to compare; none for the current schema
	 * @return the new options
	 */
	public VerifyOptions withSchemas(List<String> schemas) {
		return new VerifyOptions(this.allow, this.databasePattern, schemas);
	}

	/**
	 * Whether verify may run on a database.
	 * @param database the database's name
	 * @return {@code true} if allowed, or if the name matches the pattern
	 */
	public boolean permits(String database) {
		return this.allow || Pattern.compile(this.databasePattern).matcher(database).matches();
	}

}
