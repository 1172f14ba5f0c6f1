package org.fulcrum.cli.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON reader for tests: objects become {@link LinkedHashMap}s (duplicate
 * names rejected), arrays {@link List}s, numbers {@link BigDecimal}s (so 3 and 3.0 keep their
 * value exactly), and {@code true}, {@code false}, {@code null} themselves.
 */
final class JsonParser {

	private final String text;
	private int at;

	private JsonParser(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		JsonParser parser = new JsonParser(text);
		Object value = parser.value();
		parser.space();
		if (parser.at != text.length()) {
			throw parser.error("text after the JSON value");
		}
		return value;
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("a value expected");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> word("true", Boolean.TRUE);
		case 'f' -> word("false", Boolean.FALSE);
		case 'n' -> word("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) {
			return object;
		}
		do {
			space();
			if (at >= text.length() || text.charAt(at) != '"') {
				throw error("a member name expected");
			}
			String name = string();
			space();
			expect(':');
			if (object.containsKey(name)) {
				throw error("duplicate member \"" + name + "\"");
			}
			object.put(name, value());
			space();
		} while (peek(','));
		expect('}');
		return object;
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		at++;
		space();
		if (peek(']')) {
			return array;
		}
		do {
			array.add(value());
			space();
		} while (peek(','));
		expect(']');
		return array;
	}

	private String string() {
		StringBuilder out = new StringBuilder();
		at++;
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("a control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char escape = at < text.length() ? text.charAt(at++) : '?';
			switch (escape) {
			case '"', '\\', '/' -> out.append(escape);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (at + 4 > text.length()) {
					throw error("a short \\u escape");
				}
				out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("a bad escape \\" + escape);
			}
		}
	}

	private BigDecimal number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String number = text.substring(start, at);
		if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			throw error("not a JSON number: '" + number + "'");
		}
		return new BigDecimal(number);
	}

	private Object word(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("unexpected character '" + text.charAt(at) + "'");
		}
		at += word.length();
		return value;
	}

	private boolean peek(char c) {
		if (at < text.length() && text.charAt(at) == c) {
			at++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "' expected");
		}
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("JSON, at character " + at + ": " + what);
	}
}
