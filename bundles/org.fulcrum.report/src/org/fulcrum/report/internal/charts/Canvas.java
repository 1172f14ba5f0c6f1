package org.fulcrum.report.internal.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.fulcrum.report.internal.fonts.ReportFonts;

/** A white anti-aliased drawing surface with the report's fonts. */
final class Canvas {

	final BufferedImage image;
	final Graphics2D g;
	private final ReportFonts fonts;

	Canvas(int width, int height) {
		try {
			this.fonts = ReportFonts.installed();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// Three bytes per pixel, the layout the JPEG encoder takes without converting every pixel.
		image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
	}

	Canvas font(boolean bold, float size) {
		g.setFont(fonts.sans(bold, size));
		return this;
	}

	Canvas color(Color color) {
		g.setColor(color);
		return this;
	}

	Canvas stroke(float width) {
		g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		return this;
	}

	Canvas dashed(float width) {
		g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 10, 7 }, 0));
		return this;
	}

	/** Text whose left end is at x, baseline at y. */
	void text(String text, double x, double y) {
		g.drawString(text, (float) x, (float) y);
	}

	/** Text centred on x, baseline at y. */
	void centred(String text, double x, double y) {
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) y);
	}

	/** Text whose right end is at x, baseline at y. */
	void right(String text, double x, double y) {
		g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text)), (float) y);
	}

	/** {@code text} cut with an ellipsis to fit {@code width} pixels. */
	String fit(String text, double width) {
		FontMetrics metrics = g.getFontMetrics();
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (!cut.isEmpty() && metrics.stringWidth(cut + "\u2026") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "\u2026";
	}

	Font currentFont() {
		return g.getFont();
	}

	BufferedImage done() {
		g.dispose();
		return image;
	}
}
