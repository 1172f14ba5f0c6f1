package org.fulcrum.cli.internal.scores;

import java.util.Locale;

/** A small streaming JSON writer: enough for Fulcrum's exports, with correct string escaping. */
final class Json {

	private final StringBuilder out = new StringBuilder();
	private boolean needsComma;

	Json begin() {
		comma();
		out.append('{');
		needsComma = false;
		return this;
	}

	Json end() {
		out.append('}');
		needsComma = true;
		return this;
	}

	Json beginArray() {
		comma();
		out.append('[');
		needsComma = false;
		return this;
	}

	Json endArray() {
		out.append(']');
		needsComma = true;
		return this;
	}

	Json key(String key) {
		comma();
		string(key);
		out.append(':');
		needsComma = false;
		return this;
	}

	Json value(String value) {
		comma();
		if (value == null) {
			out.append("null");
		} else {
			string(value);
		}
		needsComma = true;
		return this;
	}

	Json value(double value) {
		comma();
		out.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "") : "null");
		needsComma = true;
		return this;
	}

	Json value(long value) {
		comma();
		out.append(value);
		needsComma = true;
		return this;
	}

	Json field(String key, String value) {
		return key(key).value(value);
	}

	Json field(String key, double value) {
		return key(key).value(value);
	}

	Json field(String key, long value) {
		return key(key).value(value);
	}

	@Override
	public String toString() {
		return out.toString();
	}

	private void comma() {
		if (needsComma) {
			out.append(',');
		}
	}

	private void string(String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
