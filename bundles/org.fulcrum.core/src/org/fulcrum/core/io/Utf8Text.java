package org.fulcrum.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file Fulcrum reads as XML (an engagement, an instrument) before any XML parser sees
 * it: the JDK's parser prints a "[Fatal Error]" line on stderr for bytes that are not UTF-8,
 * whatever handler is set, and Fulcrum's stderr holds one {@code fulcrum:} line per error.
 */
public final class Utf8Text {

	/** Where the first byte that is not UTF-8 is, counted as an editor counts (from 1). */
	public static final class MalformedException extends Exception {

		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		MalformedException(int line, int column) {
			super("it is not UTF-8 text (a byte that is not UTF-8 at line " + line + ", column " + column + ")");
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	private Utf8Text() {
	}

	/** The text of {@code content}, without a leading byte order mark, or where it stops being UTF-8. */
	public static String decode(byte[] content) throws MalformedException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(content.length + 1);
		CoderResult result = decoder.decode(ByteBuffer.wrap(content), out, true);
		if (result.isError()) {
			out.flip();
			int line = 1;
			int column = 1;
			for (int i = 0; i < out.length(); i++) {
				if (out.charAt(i) == '\n') {
					line++;
					column = 1;
				} else {
					column++;
				}
			}
			throw new MalformedException(line, column);
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
