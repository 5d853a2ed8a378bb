package dev.migrations.internal.sql;

/**
 * Reads the tokens of one text, one at a time, following the rules of PostgreSQL's
 * {@code scan.l} with {@code standard_conforming_strings} on (the default since
 * PostgreSQL 9.1): a backslash escapes only in {@code E'…'} strings. Reading token by
 * token lets a caller stop at the first problem in file order.
 * <p>
 * Not thread-safe: an instance serves one pass over one text.
 */
final class TokenScanner {

	private static final String OPERATOR_CHARS = "~!@#^&|`?+-*/%<>=";

	// An operator containing one of these may end in + or -; any other loses its trailing
	// + and -
	private static final String TRAILING_SIGN_CHARS = "~!@#^&|`?%";

	private final SourceText source;

	private final QuotedText quoted;

	private int position;

	TokenScanner(SourceText source) {
		this.source = source;
		this.quoted = new QuotedText(source);
	}

	/**
	 * Reads the next token.
	 * @return the token, or {@code null} at the end of the text
	 * @throws dev.migrations.ScriptException if a quote, dollar quote or comment starting
	 * here is never closed
	 */
	Token next() {
		if (this.position >= this.source.length()) {
			return null;
		}
		Token token = scan(this.position);
		this.position = token.endOffset();
		return token;
	}

	private Token scan(int start) {
		char c = this.source.at(start);
		char next = this.source.at(start + 1);
		if (isWhitespace(c)) {
			return token(TokenKind.WHITESPACE, start, whitespaceEnd(start));
		}
		if ((c == '-' && next == '-') || (c == '/' && next == '*')) {
			int end = (c == '-') ? this.quoted.lineCommentEnd(start) : this.quoted.blockCommentEnd(start);
			return token(TokenKind.COMMENT, start, end);
		}
		if (c == '\'' || c == '"') {
			return quoted(start, start, false);
		}
		if (c == '$') {
			return dollar(start);
		}
		if (c == '\\') {
			// psql would take the rest of the line as the command and its arguments
			return token(TokenKind.META_COMMAND, start, this.quoted.lineEnd(start));
		}
		if (isIdentifierStart(c)) {
			return word(start);
		}
		if (isDigit(c, 10) || (c == '.' && isDigit(next, 10))) {
			return token(TokenKind.NUMBER, start, numberEnd(start));
		}
		return symbol(start);
	}

	private Token quoted(int opener, int quote, boolean backslashEscapes) {
		if (this.source.at(quote) == '"') {
			int end = this.quoted.quotedEnd(opener, quote, false, "unterminated quoted identifier");
			return token(TokenKind.QUOTED_IDENTIFIER, opener, end);
		}
		char prefix = lower(this.source.at(opener));
		String problem = switch (prefix) {
			case 'b' -> "unterminated bit string literal";
			case 'x' -> "unterminated hexadecimal string literal";
			default -> "unterminated quoted string";
		};
		return token(TokenKind.STRING, opener, this.quoted.quotedEnd(opener, quote, backslashEscapes, problem));
	}

	private Token word(int start) {
		char prefix = lower(this.source.at(start));
		char next = this.source.at(start + 1);
		if (next == '\'' && "ebxn".indexOf(prefix) >= 0) {
			return quoted(start, start + 1, prefix == 'e');
		}
		char quote = this.source.at(start + 2);
		if (prefix == 'u' && next == '&' && (quote == '\'' || quote == '"')) {
			return quoted(start, start + 2, false);
		}
		int end = start + 1;
		while (isIdentifierPart(this.source.at(end))) {
			end++;
		}
		return token(TokenKind.WORD, start, end);
	}

	private Token dollar(int start) {
		char next = this.source.at(start + 1);
		if (isDigit(next, 10)) {
			return token(TokenKind.PARAMETER, start, digitsEnd(start + 1, 10));
		}
		int tagEnd = start + 1;
		// A tag is an identifier without $ (and $1 was a parameter); a$b never gets here,
		// being one word
		if (isIdentifierStart(this.source.at(tagEnd))) {
			tagEnd++;
			while (isIdentifierPart(this.source.at(tagEnd)) && this.source.at(tagEnd) != '$') {
				tagEnd++;
			}
		}
		if (this.source.at(tagEnd) != '$') {
			// A lone $ is not valid SQL, but it is the server's to reject
			return token(TokenKind.PUNCTUATION, start, start + 1);
		}
		String delimiter = this.source.slice(start, tagEnd + 1);
		return token(TokenKind.DOLLAR_STRING, start, this.quoted.dollarQuotedEnd(start, delimiter));
	}

	private int numberEnd(int start) {
		int radixEnd = radixIntegerEnd(start);
		if (radixEnd > 0) {
			return radixEnd;
		}
		int end = digitsEnd(start, 10);
		// 1..5 is a range in PL/pgSQL: the integer 1 and then '..'
		if (this.source.at(end) == '.' && this.source.at(end + 1) != '.') {
			end = digitsEnd(end + 1, 10);
		}
		if (lower(this.source.at(end)) == 'e') {
			int digits = end + 1;
			if (this.source.at(digits) == '+' || this.source.at(digits) == '-') {
				digits++;
			}
			if (isDigit(this.source.at(digits), 10)) {
				end = digitsEnd(digits, 10);
			}
		}
		return end;
	}

	private int radixIntegerEnd(int start) {
		if (this.source.at(start) != '0') {
			return -1;
		}
		int radix = switch (lower(this.source.at(start + 1))) {
			case 'x' -> 16;
			case 'o' -> 8;
			case 'b' -> 2;
			default -> 0;
		};
		int digits = start + 2;
		if (this.source.at(digits) == '_') {
			digits++;
		}
		return (radix > 0 && isDigit(this.source.at(digits), radix)) ? digitsEnd(digits, radix) : -1;
	}

	private int digitsEnd(int from, int radix) {
		int i = from;
		while (true) {
			if (isDigit(this.source.at(i), radix)) {
				i++;
			}
			else if (this.source.at(i) == '_' && i > from && isDigit(this.source.at(i + 1), radix)) {
				i += 2;
			}
			else {
				return i;
			}
		}
	}

	private Token symbol(int start) {
		char c = this.source.at(start);
		char next = this.source.at(start + 1);
		return switch (c) {
			case ';' -> token(TokenKind.SEMICOLON, start, start + 1);
			case '(' -> token(TokenKind.LEFT_PAREN, start, start + 1);
			case ')' -> token(TokenKind.RIGHT_PAREN, start, start + 1);
			case ':' -> token(TokenKind.PUNCTUATION, start, (next == ':' || next == '=') ? start + 2 : start + 1);
			case '.' -> token(TokenKind.PUNCTUATION, start, (next == '.') ? start + 2 : start + 1);
			default -> (OPERATOR_CHARS.indexOf(c) >= 0) ? token(TokenKind.OPERATOR, start, operatorEnd(start))
					: token(TokenKind.PUNCTUATION, start, start + 1);
		};
	}

	private int operatorEnd(int start) {
		int end = start + 1;
		// A comment may start right after an operator, as in 1+--comment or
		// a*/*comment*/b
		while (OPERATOR_CHARS.indexOf(this.source.at(end)) >= 0 && !startsComment(end)) {
			end++;
		}
		if (!containsAny(start, end, TRAILING_SIGN_CHARS)) {
			// So that a=-1 is a = -1, as PostgreSQL reads it
			while (end - start > 1 && (this.source.at(end - 1) == '+' || this.source.at(end - 1) == '-')) {
				end--;
			}
		}
		return end;
	}

	private boolean startsComment(int offset) {
		char c = this.source.at(offset);
		char next = this.source.at(offset + 1);
		return (c == '-' && next == '-') || (c == '/' && next == '*');
	}

	private boolean containsAny(int start, int end, String chars) {
		for (int i = start; i < end; i++) {
			if (chars.indexOf(this.source.at(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	private int whitespaceEnd(int start) {
		int end = start + 1;
		while (isWhitespace(this.source.at(end))) {
			end++;
		}
		return end;
	}

	private Token token(TokenKind kind, int start, int end) {
		return this.source.token(kind, start, end);
	}

	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
	}

	private static boolean isIdentifierStart(char c) {
		// Like PostgreSQL, which accepts any non-ASCII byte in identifiers, whatever the
		// character
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= '\u0080';
	}

	private static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
	}

	private static boolean isDigit(char c, int radix) {
		if (c >= '0' && c <= '9') {
			return c - '0' < radix;
		}
		char letter = lower(c);
		return radix == 16 && letter >= 'a' && letter <= 'f';
	}

	private static char lower(char c) {
		return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
	}

}
