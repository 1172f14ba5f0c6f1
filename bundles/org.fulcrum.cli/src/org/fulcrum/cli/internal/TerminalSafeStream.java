package org.fulcrum.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes on their way to a terminal, with every character that could drive the terminal
 * instead of being shown written as a visible escape: C0 controls other than tab, line feed
 * and carriage return (ESC starts terminal commands), DEL, the C1 controls U+0080–U+009F
 * (U+009B is an 8-bit CSI) and the bidirectional overrides U+202A–U+202E and U+2066–U+2069
 * (which make a line read differently from what it holds). So no byte of an imported file
 * reaches the terminal raw, whatever a message quotes. An ESC is shown as {@code \x1B}, a
 * U+202E as {@code \u202E}.
 */
final class TerminalSafeStream extends FilterOutputStream {

	/** Bytes of a multi-byte sequence that may still turn out to be a control. */
	private final byte[] pending = new byte[3];
	private int held;

	TerminalSafeStream(OutputStream out) {
		super(out);
	}

	@Override
	public void write(int b) throws IOException {
		int unsigned = b & 0xFF;
		if (held > 0) {
			pending[held++] = (byte) unsigned;
			resolvePending();
			return;
		}
		if (unsigned < 0x20 && unsigned != '\t' && unsigned != '\n' && unsigned != '\r' || unsigned == 0x7F) {
			out.write(String.format("\\x%02X", unsigned).getBytes(StandardCharsets.US_ASCII));
		} else if (unsigned == 0xC2 || unsigned == 0xE2) {
			pending[held++] = (byte) unsigned;
		} else {
			out.write(unsigned);
		}
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			write(bytes[i]);
		}
	}

	@Override
	public void flush() throws IOException {
		out.flush();
	}

	/** Decides on a held lead byte once enough follows: C2 80–9F is C1, E2 80 AA–AE and E2 81 A6–A9 are bidi controls. */
	private void resolvePending() throws IOException {
		int lead = pending[0] & 0xFF;
		int second = pending[1] & 0xFF;
		if (lead == 0xC2) {
			emit(second >= 0x80 && second <= 0x9F ? 0x80 + (second - 0x80) : -1);
			return;
		}
		if (second != 0x80 && second != 0x81) {
			emit(-1);
			return;
		}
		if (held < 3) {
			return;
		}
		int third = pending[2] & 0xFF;
		int codePoint = ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F);
		boolean bidi = codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
		emit(bidi ? codePoint : -1);
	}

	/** Writes the held bytes as an escape of {@code codePoint}, or as they are for -1. */
	private void emit(int codePoint) throws IOException {
		if (codePoint >= 0) {
			out.write(String.format("\\u%04X", codePoint).getBytes(StandardCharsets.US_ASCII));
		} else {
			out.write(pending, 0, held);
		}
		held = 0;
	}
}
