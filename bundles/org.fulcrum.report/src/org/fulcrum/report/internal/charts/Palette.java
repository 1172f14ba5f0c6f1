package org.fulcrum.report.internal.charts;

import java.awt.Color;

/** The report's colours: one for others, one for self, and a red–amber–green ramp for values on the scale. */
public final class Palette {

	static final Color OTHERS = new Color(0x1F, 0x3A, 0x5F);
	static final Color SELF = new Color(0xE0, 0x7B, 0x39);
	static final Color INK = new Color(0x22, 0x22, 0x22);
	static final Color MUTED = new Color(0x77, 0x77, 0x77);
	static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
	static final Color LOW = new Color(0xC0, 0x39, 0x2B);
	static final Color MID = new Color(0xE8, 0xB0, 0x2E);
	static final Color HIGH = new Color(0x2E, 0x8B, 0x57);

	private Palette() {
	}

	/** The ramp colour of {@code share} (0 the scale's lowest point, 1 its highest). */
	public static Color ramp(double share) {
		double s = Math.max(0, Math.min(1, share));
		return s < 0.5 ? mix(LOW, MID, s * 2) : mix(MID, HIGH, (s - 0.5) * 2);
	}

	/** The ramp colour as CSS hex, for table cells. */
	public static String rampHex(double share) {
		Color c = light(ramp(share), 0.55);
		return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
	}

	/** {@code color} mixed with white: 0 unchanged, 1 white. */
	static Color light(Color color, double amount) {
		return mix(color, Color.WHITE, amount);
	}

	private static Color mix(Color a, Color b, double t) {
		return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
				(int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
				(int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
	}
}
