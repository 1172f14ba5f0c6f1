package org.fulcrum.server.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON the server and its clients exchange (RFC 8259): {@link #parse} gives {@link Map}s,
 * {@link List}s, {@link String}s, {@link BigDecimal}s, booleans and {@code null}; {@link #write}
 * takes the same (plus any {@link Number}). Strict: duplicate names and trailing text are errors.
 */
public final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	/** Reads one JSON value; an {@link IllegalArgumentException} names the offset of a syntax error. */
	public static Object parse(String text) {
		Json parser = new Json(text);
		Object value = parser.value(0);
		parser.space();
		if (parser.at != text.length()) {
			throw parser.error("text after the JSON value");
		}
		return value;
	}

	/** Reads a JSON object, or fails saying that one was expected. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(String text) {
		if (parse(text) instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException("a JSON object was expected");
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			quote(s, out);
		} else if (value instanceof Boolean || value instanceof Number) {
			out.append(value);
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				quote(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		} else if (value instanceof Iterable<?> list) {
			out.append('[');
			boolean first = true;
			for (Object element : list) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(element, out);
			}
			out.append(']');
		} else {
			throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
		}
	}

	private static void quote(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	private Object value(int depth) {
		if (depth > 64) {
			throw error("nested too deeply");
		}
		space();
		if (at >= text.length()) {
			throw error("a value expected");
		}
		return switch (text.charAt(at)) {
		case '{' -> object(depth);
		case '[' -> array(depth);
		case '"' -> string();
		case 't' -> word("true", Boolean.TRUE);
		case 'f' -> word("false", Boolean.FALSE);
		case 'n' -> word("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object(int depth) {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (peek('}')) {
			at++;
			return map;
		}
		while (true) {
			space();
			if (!peek('"')) {
				throw error("a name in quotes expected");
			}
			String name = string();
			space();
			expect(':');
			if (map.containsKey(name)) {
				throw error("the name '" + name + "' twice");
			}
			map.put(name, value(depth + 1));
			space();
			if (peek(',')) {
				at++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array(int depth) {
		List<Object> list = new ArrayList<>();
		at++;
		space();
		if (peek(']')) {
			at++;
			return list;
		}
		while (true) {
			list.add(value(depth + 1));
			space();
			if (peek(',')) {
				at++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() {
		at++;
		StringBuilder out = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("an unterminated string");
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
			if (at >= text.length()) {
				throw error("an unterminated escape");
			}
			char e = text.charAt(at++);
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (at + 4 > text.length()) {
					throw error("a short \\u escape");
				}
				try {
					out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				} catch (NumberFormatException x) {
					throw error("a bad \\u escape");
				}
				at += 4;
			}
			default -> throw error("an unknown escape \\" + e);
			}
		}
	}

	private Object word(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("an unknown word");
		}
		at += word.length();
		return value;
	}

	private BigDecimal number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		try {
			return new BigDecimal(text.substring(start, at));
		} catch (NumberFormatException e) {
			at = start;
			throw error("a value expected");
		}
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private boolean peek(char c) {
		return at < text.length() && text.charAt(at) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("'" + c + "' expected");
		}
		at++;
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("JSON: " + what + " at offset " + at);
	}
}
