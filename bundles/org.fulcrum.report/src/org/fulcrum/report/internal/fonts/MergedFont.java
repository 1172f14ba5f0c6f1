package org.fulcrum.report.internal.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One TrueType font made of a base font and the glyphs other TrueType fonts have for characters
 * that the base lacks (chiefly those beyond the Basic Multilingual Plane).
 * <p>
 * Why: BIRT 4.22 chooses a font for each UTF-16 unit, so every character beyond the BMP prints
 * from the one font that claims the surrogate units ({@link SurrogateCmap}); to print emoji,
 * mathematical letters (𝐀 𝑥 𝔸) and the symbols of plane 1 alike, that font must hold them all.
 * The base keeps every table that names or measures it (head, hhea, OS/2, name) and its glyphs
 * with their ids; each other font's glyphs are appended, scaled to the base's units per em, with
 * their hinting instructions left out (they call the other font's programs) and composite glyphs'
 * components renumbered. Tables that index glyphs for layout (GSUB, GPOS, MATH, vmtx…) are left
 * out: BIRT lays text out without them. The cmap gets one format 12 subtable with all mappings,
 * beside the base's BMP subtable.
 */
final class MergedFont {

	private static final List<String> KEPT = List.of("OS/2", "name", "gasp");
	/** The width of a space in em, as in DejaVu Sans (651 of 2048 units). */
	private static final float TEXT_SPACE = 651f / 2048f;

	private MergedFont() {
	}

	/** The base with the characters of {@code others} it lacks, taken from the first of them that has each. */
	static byte[] merge(byte[] base, List<byte[]> others) {
		Source first = new Source(ByteBuffer.wrap(base));
		float units = first.unitsPerEm();
		List<byte[]> glyphs = new ArrayList<>();
		List<int[]> metrics = new ArrayList<>();
		for (int g = 0; g < first.glyphs; g++) {
			glyphs.add(first.glyph(g));
			metrics.add(first.metric(g));
		}
		TreeMap<Integer, Integer> cmap = new TreeMap<>(first.cmap12());
		Integer space = cmap.get((int) ' ');
		if (space != null) {
			// Noto Emoji's space is as wide as an emoji (1.27 em); between letters it looks like a gap, and
			// text extractors read the gap as a column break: give it a text font's width
			metrics.get(space)[0] = Math.round(units * TEXT_SPACE);
		}
		for (byte[] other : others) {
			Source source = new Source(ByteBuffer.wrap(other));
			float scale = units / source.unitsPerEm();
			Map<Integer, Integer> ids = new LinkedHashMap<>(); // the other font's glyph id -> the new one
			for (Map.Entry<Integer, Integer> entry : source.cmap12().entrySet()) {
				if (wanted(entry.getKey()) && !cmap.containsKey(entry.getKey()) && entry.getValue() != 0) {
					cmap.put(entry.getKey(), source.take(entry.getValue(), ids, glyphs.size()));
				}
			}
			// in the order of the new ids, which take() gave with every component before the glyphs are copied
			for (int old : ids.keySet()) {
				glyphs.add(Glyphs.scaled(source.glyph(old), scale, ids));
				int[] metric = source.metric(old);
				metrics.add(new int[] { Math.round(metric[0] * scale), Math.round(metric[1] * scale) });
			}
		}
		return new Writer(first, glyphs, metrics, cmap).bytes();
	}

	/** Every character but the surrogate units and the BMP's private use area (which means something else in each font). */
	private static boolean wanted(int codePoint) {
		return !(codePoint >= 0xD800 && codePoint <= 0xF8FF);
	}

	/** The tables of one font, read. */
	static final class Source {
		final ByteBuffer font;
		final int glyphs;
		private final int loca;
		private final int glyf;
		private final boolean longLoca;
		private final int hmtx;
		private final int longMetrics;

		Source(ByteBuffer font) {
			this.font = font;
			this.glyphs = font.getShort(table("maxp") + 4) & 0xFFFF;
			this.loca = table("loca");
			this.glyf = table("glyf");
			this.longLoca = font.getShort(table("head") + 50) != 0;
			this.hmtx = table("hmtx");
			this.longMetrics = font.getShort(table("hhea") + 34) & 0xFFFF;
			if (loca < 0 || glyf < 0) {
				throw new IllegalArgumentException("not a TrueType font with glyf outlines");
			}
		}

		int table(String name) {
			int record = Sfnt.record(font, name);
			return record < 0 ? -1 : font.getInt(record + 8);
		}

		byte[] tableBytes(String name) {
			int record = Sfnt.record(font, name);
			if (record < 0) {
				return null;
			}
			byte[] bytes = new byte[font.getInt(record + 12)];
			font.get(font.getInt(record + 8), bytes);
			return bytes;
		}

		float unitsPerEm() {
			return font.getShort(table("head") + 18) & 0xFFFF;
		}

		byte[] glyph(int id) {
			int start = longLoca ? font.getInt(loca + 4 * id) : (font.getShort(loca + 2 * id) & 0xFFFF) * 2;
			int end = longLoca ? font.getInt(loca + 4 * id + 4) : (font.getShort(loca + 2 * id + 2) & 0xFFFF) * 2;
			byte[] bytes = new byte[Math.max(0, end - start)];
			font.get(glyf + start, bytes);
			return bytes;
		}

		/** {advance width, left side bearing}. */
		int[] metric(int id) {
			int advance = font.getShort(hmtx + 4 * Math.min(id, longMetrics - 1)) & 0xFFFF;
			int lsb = id < longMetrics ? font.getShort(hmtx + 4 * id + 2) : font.getShort(hmtx + 4 * longMetrics + 2 * (id - longMetrics));
			return new int[] { advance, lsb };
		}

		/** The new id of glyph {@code id} (and of its components), numbered from {@code next}. */
		int take(int id, Map<Integer, Integer> ids, int next) {
			Integer known = ids.get(id);
			if (known != null) {
				return known;
			}
			int assigned = next + ids.size();
			ids.put(id, assigned);
			for (int component : Glyphs.components(glyph(id))) {
				take(component, ids, next);
			}
			return assigned;
		}

		/** Code point -> glyph of the (3,10) format 12 subtable, or of the (3,1) subtable when there is none. */
		Map<Integer, Integer> cmap12() {
			int cmap = table("cmap");
			int records = font.getShort(cmap + 2) & 0xFFFF;
			Map<Integer, Integer> map = new TreeMap<>();
			for (int i = 0; i < records; i++) {
				int record = cmap + 4 + 8 * i;
				int sub = cmap + font.getInt(record + 4);
				if ((font.getShort(sub) & 0xFFFF) == 12 && font.getShort(record) == 3) {
					int groups = font.getInt(sub + 12);
					for (int g = 0; g < groups; g++) {
						int start = font.getInt(sub + 16 + 12 * g);
						int end = font.getInt(sub + 20 + 12 * g);
						int glyph = font.getInt(sub + 24 + 12 * g);
						if (start >= 0xD800 && end <= 0xDFFF) {
							continue; // a surrogate claim of an earlier patch
						}
						for (int c = start; c <= end; c++) {
							map.put(c, glyph + c - start);
						}
					}
					return map;
				}
			}
			return map;
		}

		/** The bytes of the (3,1) subtable, to keep as it is. */
		byte[] bmpSubtable() {
			int cmap = table("cmap");
			int records = font.getShort(cmap + 2) & 0xFFFF;
			for (int i = 0; i < records; i++) {
				int record = cmap + 4 + 8 * i;
				int sub = cmap + font.getInt(record + 4);
				if (font.getShort(record) == 3 && font.getShort(record + 2) == 1 && font.getShort(sub) == 4) {
					byte[] bytes = new byte[font.getShort(sub + 2) & 0xFFFF];
					font.get(sub, bytes);
					return bytes;
				}
			}
			return null;
		}
	}

	/** Writes the merged font's tables and directory. */
	private static final class Writer {
		private final Source base;
		private final List<byte[]> glyphs;
		private final List<int[]> metrics;
		private final TreeMap<Integer, Integer> cmap;

		Writer(Source base, List<byte[]> glyphs, List<int[]> metrics, TreeMap<Integer, Integer> cmap) {
			this.base = base;
			this.glyphs = glyphs;
			this.metrics = metrics;
			this.cmap = cmap;
		}

		byte[] bytes() {
			Map<String, byte[]> tables = new TreeMap<>();
			ByteArrayOutputStream glyf = new ByteArrayOutputStream();
			ByteBuffer loca = ByteBuffer.allocate(4 * (glyphs.size() + 1));
			ByteBuffer hmtx = ByteBuffer.allocate(4 * glyphs.size());
			int advanceMax = 0;
			for (int i = 0; i < glyphs.size(); i++) {
				loca.putInt(glyf.size());
				glyf.writeBytes(glyphs.get(i));
				while (glyf.size() % 4 != 0) {
					glyf.write(0);
				}
				hmtx.putShort((short) metrics.get(i)[0]).putShort((short) metrics.get(i)[1]);
				advanceMax = Math.max(advanceMax, metrics.get(i)[0]);
			}
			loca.putInt(glyf.size());
			tables.put("glyf", glyf.toByteArray());
			tables.put("loca", loca.array());
			tables.put("hmtx", hmtx.array());
			ByteBuffer head = ByteBuffer.wrap(base.tableBytes("head"));
			head.putInt(8, 0);
			head.putShort(50, (short) 1); // long loca offsets
			tables.put("head", head.array());
			ByteBuffer hhea = ByteBuffer.wrap(base.tableBytes("hhea"));
			hhea.putShort(10, (short) Math.max(hhea.getShort(10) & 0xFFFF, advanceMax));
			hhea.putShort(34, (short) glyphs.size());
			tables.put("hhea", hhea.array());
			ByteBuffer maxp = ByteBuffer.wrap(base.tableBytes("maxp"));
			maxp.putShort(4, (short) glyphs.size());
			if (maxp.capacity() >= 32) {
				Glyphs.Counts counts = Glyphs.counts(glyphs);
				maxp.putShort(6, (short) Math.max(maxp.getShort(6) & 0xFFFF, counts.points()));
				maxp.putShort(8, (short) Math.max(maxp.getShort(8) & 0xFFFF, counts.contours()));
				maxp.putShort(10, (short) Math.max(maxp.getShort(10) & 0xFFFF, counts.points() * 4));
				maxp.putShort(12, (short) Math.max(maxp.getShort(12) & 0xFFFF, counts.contours() * 4));
				maxp.putShort(28, (short) Math.max(maxp.getShort(28) & 0xFFFF, counts.components()));
				maxp.putShort(30, (short) Math.max(maxp.getShort(30) & 0xFFFF, 4));
			}
			tables.put("maxp", maxp.array());
			tables.put("post", ByteBuffer.allocate(32).putInt(0, 0x00030000).putInt(4, ByteBuffer.wrap(base.tableBytes("post")).getInt(4))
					.putLong(8, ByteBuffer.wrap(base.tableBytes("post")).getLong(8)).array());
			tables.put("cmap", cmapTable());
			for (String name : KEPT) {
				byte[] bytes = base.tableBytes(name);
				if (bytes != null) {
					tables.put(name, bytes);
				}
			}
			return directory(tables);
		}

		private byte[] cmapTable() {
			List<int[]> groups = new ArrayList<>();
			for (Map.Entry<Integer, Integer> entry : cmap.entrySet()) {
				int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
				if (last != null && last[1] == entry.getKey() - 1 && last[2] + (last[1] - last[0]) + 1 == entry.getValue()) {
					last[1] = entry.getKey();
				} else {
					groups.add(new int[] { entry.getKey(), entry.getKey(), entry.getValue() });
				}
			}
			ByteBuffer format12 = ByteBuffer.allocate(16 + 12 * groups.size());
			format12.putShort((short) 12).putShort((short) 0).putInt(format12.capacity()).putInt(0).putInt(groups.size());
			groups.forEach(g -> format12.putInt(g[0]).putInt(g[1]).putInt(g[2]));
			byte[] bmp = base.bmpSubtable();
			int records = bmp == null ? 1 : 2;
			int header = 4 + 8 * records;
			ByteBuffer out = ByteBuffer.allocate(header + (bmp == null ? 0 : (bmp.length + 3) & ~3) + format12.capacity());
			out.putShort((short) 0).putShort((short) records);
			if (bmp != null) {
				out.putShort((short) 3).putShort((short) 1).putInt(header);
			}
			out.putShort((short) 3).putShort((short) 10).putInt(header + (bmp == null ? 0 : (bmp.length + 3) & ~3));
			if (bmp != null) {
				out.put(header, bmp);
			}
			out.put(out.capacity() - format12.capacity(), format12.array());
			return out.array();
		}

		private static byte[] directory(Map<String, byte[]> tables) {
			int count = tables.size();
			int power = Integer.highestOneBit(count);
			int size = 12 + 16 * count;
			for (byte[] table : tables.values()) {
				size += (table.length + 3) & ~3;
			}
			ByteBuffer out = ByteBuffer.allocate(size);
			out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16)).putShort((short) Integer.numberOfTrailingZeros(power))
					.putShort((short) (count * 16 - power * 16));
			int at = 12 + 16 * count;
			int i = 0;
			for (Map.Entry<String, byte[]> table : tables.entrySet()) {
				int record = 12 + 16 * i++;
				out.putInt(record, Sfnt.tag(table.getKey()));
				out.putInt(record + 4, Sfnt.checksum(ByteBuffer.wrap(table.getValue()), 0, table.getValue().length));
				out.putInt(record + 8, at);
				out.putInt(record + 12, table.getValue().length);
				out.put(at, table.getValue());
				at += (table.getValue().length + 3) & ~3;
			}
			Sfnt.resum(out, Sfnt.record(out, "head"));
			return out.array();
		}
	}
}
