package dev.migrations.internal.sql.ddl;

import java.util.List;
import java.util.Set;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * A column's {@code DEFAULT} expression, classified the way {@code ADD COLUMN} cares
 * about: since PostgreSQL 11 a non-volatile default is stored once in the catalog, while
 * a volatile one is computed for every existing row, rewriting the table. Like squawk, a
 * call of a function not known to be stable or immutable counts as volatile.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param kind what the expression is
 * @param volatileFunction the first volatile (or unknown) function it calls, or null
 */
public record DefaultValue(Kind kind, String volatileFunction) {

	/** No default. */
	public static final DefaultValue NONE = new DefaultValue(Kind.NONE, null);

	/** Functions and function-like keywords that are stable or immutable. */
	private static final Set<String> NON_VOLATILE = Set.of("now", "transaction_timestamp", "statement_timestamp",
			"current_timestamp", "current_date", "current_time", "localtime", "localtimestamp", "current_user",
			"session_user", "current_schema", "current_setting", "cast", "coalesce", "nullif", "greatest", "least",
			"row", "array", "lower", "upper", "btrim", "ltrim", "rtrim", "trim", "concat", "length", "char_length",
			"abs", "round", "floor", "ceil", "to_char", "to_timestamp", "to_date", "make_date", "make_time",
			"make_timestamp", "make_timestamptz", "make_interval", "date_trunc", "jsonb_build_object",
			"jsonb_build_array", "json_build_object", "json_build_array", "to_jsonb", "to_json", "md5", "replace",
			"substring", "left", "right", "split_part", "format", "timezone", "array_fill", "int4range", "int8range",
			"tstzrange", "daterange");

	/** Type names that take modifiers in parentheses inside casts, which are no calls. */
	private static final Set<String> TYPES_WITH_MODIFIERS = Set.of("varchar", "character", "char", "numeric", "decimal",
			"bit", "varbit", "varying", "timestamp", "timestamptz", "time", "timetz", "interval", "float");

	/**
	 * Validates the values.
	 */
	public DefaultValue {
		if ((kind == Kind.VOLATILE) != (volatileFunction != null)) {
			throw new IllegalArgumentException("Only a volatile default names its function");
		}
	}

	/**
	 * Classifies the tokens of a default expression.
	 * @param expression the tokens after {@code DEFAULT}
	 * @return the classification; {@link #NONE} for no tokens
	 */
	static DefaultValue of(List<Token> expression) {
		if (expression.isEmpty()) {
			return NONE;
		}
		for (int i = 0; i + 1 < expression.size(); i++) {
			Token token = expression.get(i);
			boolean name = token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED_IDENTIFIER;
			if (name && expression.get(i + 1).kind() == TokenKind.LEFT_PAREN) {
				String function = TokenCursor.name(token);
				if (!NON_VOLATILE.contains(function) && !TYPES_WITH_MODIFIERS.contains(function)) {
					return new DefaultValue(Kind.VOLATILE, function);
				}
			}
		}
		boolean onlyNull = expression.get(0).isWord("NULL")
				&& (expression.size() == 1 || expression.get(1).text().equals("::"));
		return new DefaultValue(onlyNull ? Kind.NULL : Kind.NON_VOLATILE, null);
	}

	/**
	 * Whether there is a default that is not {@code NULL}.
	 * @return {@code true} for a volatile or non-volatile expression
	 */
	public boolean present() {
		return this.kind == Kind.VOLATILE || this.kind == Kind.NON_VOLATILE;
	}

	/**
	 * What a default expression is.
	 */
	public enum Kind {

		/** No {@code DEFAULT} clause. */
		NONE,

		/** {@code DEFAULT NULL}, the same as none. */
		NULL,

		/** Constants, casts and stable or immutable functions such as {@code now()}. */
		NON_VOLATILE,

		/**
		 * A call of a volatile function, such as {@code gen_random_uuid()} or
		 * {@code nextval()}.
		 */
		VOLATILE

	}

}
