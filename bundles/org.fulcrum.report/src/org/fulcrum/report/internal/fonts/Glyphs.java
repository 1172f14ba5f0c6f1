package org.fulcrum.report.internal.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading and rewriting TrueType glyph descriptions ('glyf' entries), for {@link MergedFont}. */
final class Glyphs {

	private static final int ON_CURVE_AND_OVERLAP = 0x41;
	private static final int X_SHORT = 0x02;
	private static final int Y_SHORT = 0x04;
	private static final int REPEAT = 0x08;
	private static final int X_SAME_OR_POSITIVE = 0x10;
	private static final int Y_SAME_OR_POSITIVE = 0x20;

	private static final int ARG_WORDS = 0x0001;
	private static final int ARGS_XY = 0x0002;
	private static final int HAS_SCALE = 0x0008;
	private static final int MORE = 0x0020;
	private static final int HAS_XY_SCALE = 0x0040;
	private static final int HAS_2X2 = 0x0080;
	private static final int HAS_INSTRUCTIONS = 0x0100;

	record Counts(int points, int contours, int components) {
	}

	private Glyphs() {
	}

	/** The glyph ids a composite glyph is made of; none for a simple or empty glyph. */
	static List<Integer> components(byte[] glyph) {
		List<Integer> ids = new ArrayList<>();
		if (glyph.length < 10 || ByteBuffer.wrap(glyph).getShort(0) >= 0) {
			return ids;
		}
		ByteBuffer in = ByteBuffer.wrap(glyph);
		int at = 10;
		int flags;
		do {
			flags = in.getShort(at) & 0xFFFF;
			ids.add(in.getShort(at + 2) & 0xFFFF);
			at += 4 + argumentsLength(flags) + transformLength(flags);
		} while ((flags & MORE) != 0);
		return ids;
	}

	/** {@code glyph} with its coordinates times {@code scale}, no instructions, and components renumbered by {@code ids}. */
	static byte[] scaled(byte[] glyph, float scale, Map<Integer, Integer> ids) {
		if (glyph.length < 10) {
			return glyph;
		}
		ByteBuffer in = ByteBuffer.wrap(glyph);
		int contours = in.getShort(0);
		return contours >= 0 ? simple(in, contours, scale) : composite(in, scale, ids);
	}

	private static byte[] simple(ByteBuffer in, int contours, float scale) {
		int at = 10;
		int[] ends = new int[contours];
		for (int c = 0; c < contours; c++) {
			ends[c] = in.getShort(at) & 0xFFFF;
			at += 2;
		}
		int points = contours == 0 ? 0 : ends[contours - 1] + 1;
		at += 2 + (in.getShort(at) & 0xFFFF); // the instructions
		int[] flags = new int[points];
		for (int p = 0; p < points;) {
			int flag = in.get(at++) & 0xFF;
			flags[p++] = flag;
			if ((flag & REPEAT) != 0) {
				int repeat = in.get(at++) & 0xFF;
				for (int r = 0; r < repeat && p < points; r++) {
					flags[p++] = flag;
				}
			}
		}
		int[] xs = new int[points];
		int[] ys = new int[points];
		at = coordinates(in, at, flags, xs, X_SHORT, X_SAME_OR_POSITIVE);
		coordinates(in, at, flags, ys, Y_SHORT, Y_SAME_OR_POSITIVE);
		ByteBuffer out = ByteBuffer.allocate(10 + 2 * contours + 2 + points * 5);
		int xMin = Integer.MAX_VALUE, yMin = Integer.MAX_VALUE, xMax = Integer.MIN_VALUE, yMax = Integer.MIN_VALUE;
		for (int p = 0; p < points; p++) {
			xs[p] = Math.round(xs[p] * scale);
			ys[p] = Math.round(ys[p] * scale);
			xMin = Math.min(xMin, xs[p]);
			xMax = Math.max(xMax, xs[p]);
			yMin = Math.min(yMin, ys[p]);
			yMax = Math.max(yMax, ys[p]);
		}
		if (points == 0) {
			xMin = yMin = xMax = yMax = 0;
		}
		out.putShort((short) contours).putShort((short) xMin).putShort((short) yMin).putShort((short) xMax).putShort((short) yMax);
		for (int end : ends) {
			out.putShort((short) end);
		}
		out.putShort((short) 0);
		for (int flag : flags) {
			out.put((byte) (flag & ON_CURVE_AND_OVERLAP));
		}
		for (int p = 0; p < points; p++) {
			out.putShort((short) (xs[p] - (p == 0 ? 0 : xs[p - 1])));
		}
		for (int p = 0; p < points; p++) {
			out.putShort((short) (ys[p] - (p == 0 ? 0 : ys[p - 1])));
		}
		return out.array();
	}

	/** Reads one axis's coordinates into absolute values; the position after them. */
	private static int coordinates(ByteBuffer in, int at, int[] flags, int[] values, int shortBit, int sameBit) {
		int value = 0;
		for (int p = 0; p < flags.length; p++) {
			if ((flags[p] & shortBit) != 0) {
				int delta = in.get(at++) & 0xFF;
				value += (flags[p] & sameBit) != 0 ? delta : -delta;
			} else if ((flags[p] & sameBit) == 0) {
				value += in.getShort(at);
				at += 2;
			}
			values[p] = value;
		}
		return at;
	}

	private static byte[] composite(ByteBuffer in, float scale, Map<Integer, Integer> ids) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer header = ByteBuffer.allocate(10);
		header.putShort(in.getShort(0));
		for (int i = 2; i < 10; i += 2) {
			header.putShort((short) Math.round(in.getShort(i) * scale));
		}
		out.writeBytes(header.array());
		int at = 10;
		int flags;
		do {
			flags = in.getShort(at) & 0xFFFF;
			int glyph = in.getShort(at + 2) & 0xFFFF;
			int arg1;
			int arg2;
			if ((flags & ARG_WORDS) != 0) {
				arg1 = (flags & ARGS_XY) != 0 ? in.getShort(at + 4) : in.getShort(at + 4) & 0xFFFF;
				arg2 = (flags & ARGS_XY) != 0 ? in.getShort(at + 6) : in.getShort(at + 6) & 0xFFFF;
			} else {
				arg1 = (flags & ARGS_XY) != 0 ? in.get(at + 4) : in.get(at + 4) & 0xFF;
				arg2 = (flags & ARGS_XY) != 0 ? in.get(at + 5) : in.get(at + 5) & 0xFF;
			}
			if ((flags & ARGS_XY) != 0) {
				arg1 = Math.round(arg1 * scale);
				arg2 = Math.round(arg2 * scale);
			}
			int transform = transformLength(flags);
			int transformAt = at + 4 + argumentsLength(flags);
			ByteBuffer component = ByteBuffer.allocate(8 + transform);
			component.putShort((short) ((flags | ARG_WORDS) & ~HAS_INSTRUCTIONS)).putShort((short) (int) ids.get(glyph))
					.putShort((short) arg1).putShort((short) arg2);
			for (int i = 0; i < transform; i++) {
				component.put(in.get(transformAt + i));
			}
			out.writeBytes(component.array());
			at = transformAt + transform;
		} while ((flags & MORE) != 0);
		return out.toByteArray();
	}

	private static int argumentsLength(int flags) {
		return (flags & ARG_WORDS) != 0 ? 4 : 2;
	}

	private static int transformLength(int flags) {
		return (flags & HAS_SCALE) != 0 ? 2 : (flags & HAS_XY_SCALE) != 0 ? 4 : (flags & HAS_2X2) != 0 ? 8 : 0;
	}

	/** The most points, contours and components any one glyph of {@code glyphs} has (composites counted by their components). */
	static Counts counts(List<byte[]> glyphs) {
		int points = 0;
		int contours = 0;
		int components = 0;
		for (byte[] glyph : glyphs) {
			if (glyph.length < 10) {
				continue;
			}
			ByteBuffer in = ByteBuffer.wrap(glyph);
			int n = in.getShort(0);
			if (n >= 0) {
				contours = Math.max(contours, n);
				points = Math.max(points, n == 0 ? 0 : (in.getShort(10 + 2 * (n - 1)) & 0xFFFF) + 1);
			} else {
				components = Math.max(components, components(glyph).size());
			}
		}
		return new Counts(points, contours, components);
	}
}
