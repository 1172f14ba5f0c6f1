package org.fulcrum.report.internal.fonts;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a TrueType/OpenType font claim the UTF-16 surrogate units U+D800–U+DFFF, so that BIRT
 * 4.22 keeps a character beyond the Basic Multilingual Plane whole and in this font.
 * <p>
 * Why: BIRT's {@code FontSplitter} picks a font for each UTF-16 unit, asking OpenPDF's
 * {@code charExists(unit)}; no real font has a surrogate unit, so both halves of 👍 became BIRT's
 * missing-character mark. OpenPDF itself draws text by code point (it joins surrogate pairs, looks
 * the code point up in the font's format 12 cmap, embeds that glyph and names the code point in the
 * ToUnicode map). A format 12 group mapping U+D800–U+DFFF to glyph 0 answers BIRT's question with
 * yes; the group is never drawn, as OpenPDF only ever looks up whole code points. The subset
 * OpenPDF embeds carries no cmap, so the PDF never sees the group.
 * <p>
 * Only one font of a chain may claim the surrogates: BIRT chooses the font of a low surrogate
 * without looking at its high surrogate, so both halves land in the first font that claims them.
 */
final class SurrogateCmap {

	private static final int FIRST = 0xD800;
	private static final int LAST = 0xDFFF;

	private SurrogateCmap() {
	}

	/** {@code font} with the surrogate group in every format 12 cmap subtable; unchanged when it has none or maps them already. */
	static byte[] claim(byte[] font) {
		ByteBuffer in = ByteBuffer.wrap(font);
		int cmapRecord = Sfnt.record(in, "cmap");
		if (cmapRecord < 0 || Sfnt.record(in, "head") < 0) {
			return font;
		}
		byte[] cmap = patchedCmap(in, in.getInt(cmapRecord + 8));
		if (cmap == null) {
			return font;
		}
		// The new cmap goes at the end (4-byte aligned); every other table keeps its place.
		int at = (font.length + 3) & ~3;
		int length = cmap.length;
		ByteBuffer out = ByteBuffer.allocate(at + ((length + 3) & ~3));
		out.put(font);
		out.put(at, cmap);
		out.putInt(cmapRecord + 8, at);
		out.putInt(cmapRecord + 12, length);
		Sfnt.resum(out, cmapRecord);
		return out.array();
	}

	private static byte[] patchedCmap(ByteBuffer font, int cmap) {
		int records = font.getShort(cmap + 2) & 0xFFFF;
		ByteBuffer header = ByteBuffer.allocate(4 + 8 * records);
		header.putShort((short) 0).putShort((short) records);
		List<byte[]> bodies = new ArrayList<>();
		Map<Integer, Integer> moved = new HashMap<>();
		int next = header.capacity();
		boolean patched = false;
		for (int i = 0; i < records; i++) {
			int record = cmap + 4 + 8 * i;
			int offset = font.getInt(record + 4);
			header.putShort(font.getShort(record)).putShort(font.getShort(record + 2));
			Integer newOffset = moved.get(offset);
			if (newOffset == null) {
				byte[] body = subtable(font, cmap + offset);
				if ((font.getShort(cmap + offset) & 0xFFFF) == 12) {
					byte[] withSurrogates = withSurrogates(body);
					if (withSurrogates == null) {
						return null;
					}
					body = withSurrogates;
					patched = true;
				}
				bodies.add(body);
				newOffset = next;
				moved.put(offset, next);
				next += (body.length + 3) & ~3;
			}
			header.putInt(newOffset);
		}
		if (!patched) {
			return null;
		}
		ByteBuffer out = ByteBuffer.allocate(next);
		out.put(header.array());
		for (byte[] body : bodies) {
			out.put(body);
			out.position((out.position() + 3) & ~3);
		}
		return out.array();
	}

	private static byte[] subtable(ByteBuffer font, int at) {
		int format = font.getShort(at) & 0xFFFF;
		int length = switch (format) {
		case 0, 2, 4, 6 -> font.getShort(at + 2) & 0xFFFF;
		case 14 -> font.getInt(at + 2);
		default -> font.getInt(at + 4);
		};
		byte[] body = new byte[length];
		font.get(at, body);
		return body;
	}

	/** A format 12 subtable with the group U+D800–U+DFFF → glyph 0 in its sorted place; null if it overlaps a group. */
	private static byte[] withSurrogates(byte[] body) {
		ByteBuffer in = ByteBuffer.wrap(body);
		int groups = in.getInt(12);
		ByteBuffer out = ByteBuffer.allocate(body.length + 12);
		out.put(body, 0, 16);
		boolean placed = false;
		for (int g = 0; g < groups; g++) {
			int start = in.getInt(16 + 12 * g);
			int end = in.getInt(20 + 12 * g);
			if (start <= LAST && end >= FIRST) {
				return null;
			}
			if (!placed && start > LAST) {
				out.putInt(FIRST).putInt(LAST).putInt(0);
				placed = true;
			}
			out.put(body, 16 + 12 * g, 12);
		}
		if (!placed) {
			out.putInt(FIRST).putInt(LAST).putInt(0);
		}
		out.putInt(4, body.length + 12);
		out.putInt(12, groups + 1);
		return out.array();
	}
}
