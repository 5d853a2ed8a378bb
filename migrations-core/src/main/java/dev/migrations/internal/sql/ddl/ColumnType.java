package dev.migrations.internal.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrations.internal.sql.Token;
import dev.migrations.internal.sql.TokenKind;

/**
 * A column's data type, read from tokens and reduced to one spelling per type
 * ({@code character varying(30)} and {@code VARCHAR(30)} are both {@code varchar(30)}),
 * with the questions the rules ask of it.
 * <p>
 * Instances are immutable and thread-safe.
 *
 * @param name the canonical name, such as {@code varchar}, {@code integer},
 * {@code timestamptz}, or the folded name of another type
 * @param modifiers the numbers in parentheses, such as {@code [30]} or {@code [10, 2]}
 * @param array whether it is an array of that type
 */
public record ColumnType(String name, List<Integer> modifiers, boolean array) {

	/** Words that continue a multi-word type name, such as {@code double precision}. */
	private static final Set<String> CONTINUATIONS = Set.of("varying", "precision", "with", "without", "time", "zone");

	private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("character varying", "varchar"),
			Map.entry("char varying", "varchar"), Map.entry("character", "char"), Map.entry("bpchar", "char"),
			Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
			Map.entry("int8", "bigint"), Map.entry("serial4", "serial"), Map.entry("serial8", "bigserial"),
			Map.entry("serial2", "smallserial"), Map.entry("timestamp without time zone", "timestamp"),
			Map.entry("timestamp with time zone", "timestamptz"), Map.entry("time without time zone", "time"),
			Map.entry("time with time zone", "timetz"), Map.entry("float8", "double precision"),
			Map.entry("float4", "real"), Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"),
			Map.entry("bit varying", "varbit"));

	/**
	 * Copies the list.
	 */
	public ColumnType {
		modifiers = List.copyOf(modifiers);
	}

	/**
	 * Reads a type, such as {@code timestamp(3) with time zone} or
	 * {@code numeric(10,2)[]}, and moves past it.
	 * @param tokens a cursor at the type
	 * @return the type, or null when no type name is there
	 */
	static ColumnType read(TokenCursor tokens) {
		if (!tokens.isIdentifier()) {
			return null;
		}
		TableName qualified = tokens.tableName();
		StringBuilder name = new StringBuilder(qualified.name());
		List<Integer> modifiers = new ArrayList<>();
		while (!tokens.atEnd()) {
			if (tokens.is(TokenKind.LEFT_PAREN)) {
				modifiers.addAll(numbers(tokens.group()));
			}
			else if (tokens.is(TokenKind.WORD) && CONTINUATIONS.contains(TokenCursor.name(tokens.peek()))) {
				name.append(' ').append(TokenCursor.name(tokens.next()));
			}
			else {
				break;
			}
		}
		boolean array = false;
		while (tokens.isText("[") || tokens.isWord("ARRAY")) {
			array = true;
			tokens.next();
			while (!tokens.atEnd() && !tokens.acceptText("]") && !tokens.isText("[") && tokens.is(TokenKind.NUMBER)) {
				tokens.next();
			}
		}
		String text = name.toString();
		return new ColumnType(CANONICAL.getOrDefault(text, text), modifiers, array);
	}

	/**
	 * Reads a type from text, as {@code format_type} in the catalog writes it.
	 * @param tokens the significant tokens of that text
	 * @return the type, or null if the text is not a type
	 */
	public static ColumnType read(List<Token> tokens) {
		return read(new TokenCursor(tokens));
	}

	private static List<Integer> numbers(TokenCursor group) {
		List<Integer> numbers = new ArrayList<>();
		for (Token token : group.rest()) {
			if (token.kind() == TokenKind.NUMBER) {
				try {
					numbers.add(Integer.valueOf(token.text()));
				}
				catch (NumberFormatException ex) {
					// A modifier that is no plain integer does not matter to any rule
				}
			}
		}
		return numbers;
	}

	public boolean isSerial() {
		return !this.array && Set.of("serial", "bigserial", "smallserial").contains(this.name);
	}

	/**
	 * Whether the type, or the element type of an array, is {@code integer} or
	 * {@code smallint} (or one of their serials), which run out long before
	 * {@code bigint}.
	 * @return {@code true} if so
	 */
	public boolean isNarrowInteger() {
		return integerLimit() > 0;
	}

	/**
	 * The largest value of a narrow integer type, or of an array's elements: 32,767 for
	 * {@code smallint} and {@code smallserial}, 2,147,483,647 for {@code integer} and
	 * {@code serial}.
	 * @return the limit, or 0 for any other type
	 */
	public long integerLimit() {
		return switch (this.name) {
			case "smallint", "smallserial" -> Short.MAX_VALUE;
			case "integer", "serial" -> Integer.MAX_VALUE;
			default -> 0;
		};
	}

	/**
	 * The same type with another element name, kept an array if this one is, such as
	 * {@code bigint[]} for {@code integer[]}.
	 * @param element the new element type's name
	 * @return the type as SQL
	 */
	public String withElement(String element) {
		return element + (this.array ? "[]" : "");
	}

	public boolean isLengthLimitedText() {
		return (this.name.equals("varchar") && !this.modifiers.isEmpty()) || this.name.equals("char");
	}

	public boolean isTimestampWithoutTimeZone() {
		return this.name.equals("timestamp");
	}

	public boolean isJson() {
		return this.name.equals("json");
	}

	/**
	 * Whether changing a column from this type to another keeps every stored value as it
	 * is, so PostgreSQL neither rewrites the table nor scans it (such as
	 * {@code varchar(n)} to {@code text} or to a wider {@code varchar}, or a wider
	 * {@code numeric} of the same scale).
	 * @param target the new type
	 * @return {@code true} if the change is metadata-only
	 */
	public boolean changesWithoutRewriteTo(ColumnType target) {
		if (this.array != target.array) {
			return false;
		}
		if (equals(target)) {
			return true;
		}
		boolean textual = this.name.equals("varchar") || this.name.equals("text");
		if (target.name.equals("text") || (target.name.equals("varchar") && target.modifiers.isEmpty())) {
			return textual;
		}
		if (this.name.equals(target.name) && (this.name.equals("varchar") || this.name.equals("varbit"))) {
			return target.modifiers.isEmpty()
					|| (!this.modifiers.isEmpty() && this.modifiers.get(0) <= target.modifiers.get(0));
		}
		if (this.name.equals("numeric") && target.name.equals("numeric")) {
			return target.modifiers.isEmpty() || (this.modifiers.size() == target.modifiers.size()
					&& this.modifiers.get(0) <= target.modifiers.get(0) && scale(this) == scale(target));
		}
		return this.name.equals("cidr") && target.name.equals("inet");
	}

	private static int scale(ColumnType type) {
		return (type.modifiers.size() > 1) ? type.modifiers.get(1) : 0;
	}

	/**
	 * The type as SQL, such as {@code varchar(30)} or {@code integer[]}.
	 * @return the text
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.name);
		if (!this.modifiers.isEmpty()) {
			text.append('(');
			for (int i = 0; i < this.modifiers.size(); i++) {
				text.append((i > 0) ? "," : "").append(this.modifiers.get(i));
			}
			text.append(')');
		}
		return text.append(this.array ? "[]" : "").toString();
	}

}
