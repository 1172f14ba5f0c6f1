package org.fulcrum.report.internal.fonts;

import java.nio.ByteBuffer;

/**
 * Makes the CID of every glyph of a CID-keyed OpenType/CFF font equal to its glyph id, so that
 * OpenPDF's embedding of the font shows the right glyphs.
 * <p>
 * Why: OpenPDF writes a CFF font's glyph ids into the text as CIDs (Identity-H), but a reader
 * finds a glyph of a CID-keyed CFF font through the font's charset, CID → glyph. Noto Sans CJK's
 * charset is not the identity (文 is glyph 14731 but CID 20434), so readers drew other glyphs or
 * none, and PDF/A validators found widths that disagree and references to .notdef. The charset
 * is replaced, in place, by the one range "glyph i has CID i" (format 2, 5 bytes: never more than
 * the charset it replaces); nothing else in the font moves, and the cmap still maps each
 * character to the same glyph.
 */
final class IdentityCharset {

	private static final int OP_CHARSET = 15;
	private static final int OP_CHARSTRINGS = 17;
	private static final int OP_ROS = 12 << 8 | 30;

	private IdentityCharset() {
	}

	/** {@code font} with an identity charset; unchanged when it has no CID-keyed CFF table. */
	static byte[] apply(byte[] font) {
		ByteBuffer data = ByteBuffer.wrap(font.clone());
		int record = Sfnt.record(data, "CFF ");
		if (record < 0) {
			return font;
		}
		int cff = data.getInt(record + 8);
		int at = cff + (data.get(cff + 2) & 0xFF); // after the header: the Name INDEX
		at = skipIndex(data, at);
		// the Top DICT INDEX: the first (only) font's dictionary
		int count = data.getShort(at) & 0xFFFF;
		int offSize = data.get(at + 2) & 0xFF;
		if (count < 1) {
			return font;
		}
		int base = at + 3 + (count + 1) * offSize - 1;
		int start = base + offset(data, at + 3, offSize);
		int end = base + offset(data, at + 3 + offSize, offSize);
		int[] operands = topDict(data, start, end);
		if (operands[2] == 0 || operands[0] <= 0 || operands[1] <= 0) {
			return font; // not CID-keyed, or a predefined charset
		}
		int glyphs = data.getShort(cff + operands[1]) & 0xFFFF;
		int charset = cff + operands[0];
		if (glyphs < 2 || charsetLength(data, charset, glyphs) < 5) {
			return font;
		}
		data.put(charset, (byte) 2);
		data.putShort(charset + 1, (short) 1);
		data.putShort(charset + 3, (short) (glyphs - 2));
		Sfnt.resum(data, record);
		return data.array();
	}

	/** {charset offset, CharStrings offset, 1 if the dictionary has ROS (CID-keyed)}. */
	private static int[] topDict(ByteBuffer data, int from, int to) {
		int[] found = new int[3];
		int last = 0;
		for (int i = from; i < to;) {
			int b0 = data.get(i) & 0xFF;
			if (b0 <= 21) {
				int operator = b0 == 12 ? 12 << 8 | data.get(i + 1) & 0xFF : b0;
				i += b0 == 12 ? 2 : 1;
				if (operator == OP_CHARSET) {
					found[0] = last;
				} else if (operator == OP_CHARSTRINGS) {
					found[1] = last;
				} else if (operator == OP_ROS) {
					found[2] = 1;
				}
			} else if (b0 == 28) {
				last = data.getShort(i + 1);
				i += 3;
			} else if (b0 == 29) {
				last = data.getInt(i + 1);
				i += 5;
			} else if (b0 == 30) { // a real number: nibbles up to 0xF
				i++;
				while (i < to && (data.get(i) & 0x0F) != 0x0F && (data.get(i) & 0xF0) != 0xF0) {
					i++;
				}
				i++;
			} else if (b0 >= 32 && b0 <= 246) {
				last = b0 - 139;
				i++;
			} else if (b0 >= 247 && b0 <= 250) {
				last = (b0 - 247) * 256 + (data.get(i + 1) & 0xFF) + 108;
				i += 2;
			} else if (b0 >= 251 && b0 <= 254) {
				last = -(b0 - 251) * 256 - (data.get(i + 1) & 0xFF) - 108;
				i += 2;
			} else {
				i++;
			}
		}
		return found;
	}

	/** How many bytes the charset at {@code at} takes for {@code glyphs} glyphs. */
	private static int charsetLength(ByteBuffer data, int at, int glyphs) {
		int format = data.get(at) & 0xFF;
		if (format == 0) {
			return 1 + 2 * (glyphs - 1);
		}
		int rangeLength = format == 1 ? 3 : 4;
		int covered = 1;
		int i = at + 1;
		while (covered < glyphs) {
			int left = format == 1 ? data.get(i + 2) & 0xFF : data.getShort(i + 2) & 0xFFFF;
			covered += left + 1;
			i += rangeLength;
		}
		return i - at;
	}

	private static int skipIndex(ByteBuffer data, int at) {
		int count = data.getShort(at) & 0xFFFF;
		if (count == 0) {
			return at + 2;
		}
		int offSize = data.get(at + 2) & 0xFF;
		int last = offset(data, at + 3 + count * offSize, offSize);
		return at + 3 + (count + 1) * offSize + last - 1;
	}

	private static int offset(ByteBuffer data, int at, int size) {
		int value = 0;
		for (int i = 0; i < size; i++) {
			value = value << 8 | data.get(at + i) & 0xFF;
		}
		return value;
	}
}
