package org.fulcrum.report.internal.fonts;

import java.nio.ByteBuffer;

/** The table directory of a TrueType/OpenType file and its checksums, for the small patches Fulcrum makes to its fonts. */
final class Sfnt {

	private Sfnt() {
	}

	/** The offset of the directory record of table {@code name}, or -1. */
	static int record(ByteBuffer font, String name) {
		int tables = font.getShort(4) & 0xFFFF;
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (font.getInt(record) == tag(name)) {
				return record;
			}
		}
		return -1;
	}

	/** Sets the checksum of the table of directory record {@code record} and the font's checksum adjustment in 'head'. */
	static void resum(ByteBuffer font, int record) {
		font.putInt(record + 4, checksum(font, font.getInt(record + 8), font.getInt(record + 12)));
		int head = font.getInt(record(font, "head") + 8);
		font.putInt(head + 8, 0);
		font.putInt(head + 8, (int) (0xB1B0AFBAL - (checksum(font, 0, font.capacity()) & 0xFFFFFFFFL)));
	}

	static int tag(String name) {
		return name.charAt(0) << 24 | name.charAt(1) << 16 | name.charAt(2) << 8 | name.charAt(3);
	}

	/** The sum of the big-endian 32-bit words of {@code length} bytes from {@code from}, the last word padded with zeros. */
	static int checksum(ByteBuffer data, int from, int length) {
		int sum = 0;
		int end = from + length;
		for (int i = from; i < end; i += 4) {
			int word = 0;
			for (int b = 0; b < 4; b++) {
				word = word << 8 | (i + b < end && i + b < data.capacity() ? data.get(i + b) & 0xFF : 0);
			}
			sum += word;
		}
		return sum;
	}
}
